# syntax=docker/dockerfile:1
# Atelier: build the production jar with Maven, run it on a JRE as a non-root user.
#   docker build -t atelier .
#   docker run -p 8080:8080 -v atelier-data:/data atelier

FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
COPY .mvn .mvn
RUN --mount=type=cache,target=/root/.m2 mvn -B -ntp -q dependency:go-offline || true
COPY src src
# The committed Vaadin bundles (or Vaadin's own when there is no custom frontend) mean no Node here.
RUN --mount=type=cache,target=/root/.m2 mvn -B -ntp -DskipTests package \
    && cp target/atelier-*.jar /src/atelier.jar

# Java 25's AOT cache makes a node start in about half the time (README, "A node that starts fast"):
# the jar is extracted (the application's jar with lib/ beside it), then started once to train the
# cache on a throwaway H2 data dir, stopping as soon as the application context is refreshed.
FROM eclipse-temurin:25-jre
RUN groupadd --system atelier && useradd --system --gid atelier --home-dir /app --shell /usr/sbin/nologin atelier \
    && mkdir -p /app /data && chown atelier:atelier /app /data
WORKDIR /app
COPY --from=build /src/atelier.jar /tmp/atelier.jar
RUN java -Djarmode=tools -jar /tmp/atelier.jar extract --destination /app \
    && rm /tmp/atelier.jar \
    && java -XX:MaxRAMPercentage=75 -XX:AOTCacheOutput=/app/atelier.aot -Dspring.context.exit=onRefresh --enable-native-access=ALL-UNNAMED \
       -jar /app/atelier.jar --atelier.data-dir=/tmp/training --server.port=0 \
    && rm -rf /tmp/training && chown -R atelier:atelier /app
USER atelier
ENV ATELIER_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError --enable-native-access=ALL-UNNAMED"
VOLUME ["/data"]
EXPOSE 8080
ENTRYPOINT ["java", "-XX:AOTCache=/app/atelier.aot", "-jar", "/app/atelier.jar"]
