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

FROM eclipse-temurin:21-jre
RUN groupadd --system atelier && useradd --system --gid atelier --home-dir /app --shell /usr/sbin/nologin atelier \
    && mkdir -p /app /data && chown atelier:atelier /app /data
WORKDIR /app
COPY --from=build /src/atelier.jar /app/atelier.jar
USER atelier
ENV ATELIER_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError --enable-native-access=ALL-UNNAMED"
VOLUME ["/data"]
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/atelier.jar"]
