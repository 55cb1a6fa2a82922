package app.atelier.api.internal;

import app.atelier.account.ApiCaller;
import app.atelier.shared.Language;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The largest request body the API reads ({@code atelier.api.max-body}): a larger one is answered
 * 413 before anything parses it, whether it says its length or streams without one (then it is cut
 * off where it goes past, and {@link ApiAdvice} answers 413 too).
 */
final class ApiBodyLimit extends OncePerRequestFilter {

    /** A body that went past the limit while it was read. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("The request body is larger than " + limit + " bytes");
        }
    }

    private final ApiRefusals refusals;
    private final long limit;

    ApiBodyLimit(ApiRefusals refusals, DataSize limit) {
        this.refusals = refusals;
        this.limit = limit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, refusals, limit);
            return;
        }
        chain.doFilter(request.getContentLengthLong() >= 0 ? request : new Limited(request, limit), response);
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, ApiRefusals refusals, long limit) throws IOException {
        var locale = request.getAttribute(ApiKeyFilter.CALLER) instanceof ApiCaller caller ? caller.language().locale()
                : Language.of(request.getLocale()).locale();
        refusals.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "body_too_large", "api.error.body-too-large",
                locale, Math.max(1, limit / 1024));
    }

    /** A request whose body stops with {@link TooLarge} past the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            var body = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int next = body.read();
                    if (next >= 0) {
                        counted(1);
                    }
                    return next;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int count = body.read(buffer, offset, length);
                    if (count > 0) {
                        counted(count);
                    }
                    return count;
                }

                private void counted(int count) throws TooLarge {
                    read += count;
                    if (read > limit) {
                        throw new TooLarge(limit);
                    }
                }

                @Override
                public boolean isFinished() {
                    return body.isFinished();
                }

                @Override
                public boolean isReady() {
                    return body.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    body.setReadListener(listener);
                }
            };
        }
    }
}
