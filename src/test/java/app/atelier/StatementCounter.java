package app.atelier;

import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Counts the SQL statements the application sends ({@code @Import(StatementCounter.class)} in a test):
 * the data source is wrapped, and {@link #during} says how many statements some work took.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter implements QueryExecutionListener {

    private final ThreadLocal<AtomicInteger> counting = new ThreadLocal<>();

    @Bean
    static BeanPostProcessor countingDataSource(StatementCounter counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource source && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)
                        ? ProxyDataSourceBuilder.create(source).name("counted").listener(counter).build() : bean;
            }
        };
    }

    /** The value {@code work} gives, and how many statements this thread sent meanwhile. */
    public <T> Counted<T> during(Supplier<T> work) {
        var count = new AtomicInteger();
        counting.set(count);
        try {
            return new Counted<>(work.get(), count.get());
        } finally {
            counting.remove();
        }
    }

    public record Counted<T>(T value, int statements) {
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        var count = counting.get();
        if (count != null) {
            count.addAndGet(queries.size());
        }
    }
}
