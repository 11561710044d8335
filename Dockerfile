# Entente's image, built from the sources: `docker build -t entente .` (docker-compose.yml builds it too).
# Nothing needs to be built first: the first stage builds the jar with the Maven wrapper.
#
# Run on its own, Entente starts Neo4j embedded inside the container (store in /app/data, give it a volume); its Bolt
# port then listens on the container's loopback only, so Neo4j Browser at /browser/ cannot connect from outside:
# docker-compose.yml runs Entente against a Neo4j server instead, whose Bolt port the browser reaches.

# --- 1. build: the jar, with the Maven wrapper on a JDK 17 --------------------------------------------------------------
# the noble (Ubuntu 24.04) variants are named rather than the moving default, so the tools used below are known to be
# there (curl, which the wrapper and the healthcheck use, is installed in both images)
FROM eclipse-temurin:17-jdk-noble AS build
WORKDIR /build
# The wrapper and the pom alone first: the dependencies (about 640 MB, the language models among them) become a layer
# of their own, downloaded again only when the pom or the wrapper changes, not when a source file does.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
# The packaged resources come from cypher/ and seeds/gazetteer/ besides src/main/ (see the pom's <resources>).
# Tests are neither compiled nor run here: ./mvnw verify runs them, outside the image.
COPY src/main/ src/main/
COPY cypher/ cypher/
COPY seeds/gazetteer/ seeds/gazetteer/
RUN ./mvnw -B -ntp -q -Dmaven.test.skip=true package \
    && java -Djarmode=tools -jar target/entente.jar extract --layers --destination /build/layers

# --- 2. run: a JRE 17, a user of its own -------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre-noble
# Entente needs no privilege: it runs as a user of its own (numeric, so a runtime can check it is not root), which owns
# only /app/data, the embedded store
RUN groupadd --gid 10001 entente \
    && useradd --uid 10001 --gid entente --home-dir /app --no-create-home --shell /usr/sbin/nologin entente
WORKDIR /app
# The jar's layers, least changing first: the dependencies' layer is reused as long as the pom is unchanged
COPY --from=build /build/layers/dependencies/ ./
COPY --from=build /build/layers/spring-boot-loader/ ./
COPY --from=build /build/layers/snapshot-dependencies/ ./
COPY --from=build /build/layers/application/ ./
# What an empty graph is seeded with at the first start (entente.seeds-dir=./seeds)
COPY seeds/curated/ seeds/curated/
COPY seeds/articles/ seeds/articles/
RUN mkdir -p /app/data && chown entente:entente /app/data && chmod 700 /app/data
USER 10001:10001
EXPOSE 8080
# The heap: the language models take about 1 GB of it once an article is extracted; 1.5 GB, as ./mvnw spring-boot:run
# gives, keeps the process near 2 GB resident (docs/reliability.md). Give the container 2.5 GB or more; to change the
# heap, set JAVA_TOOL_OPTIONS (-Xmx2g, or -XX:MaxRAMPercentage=60 to follow the container's memory limit).
# HTTP listens on all of the container's interfaces, which are reachable only as far as a port is published
# (docker-compose.yml publishes it on the host's loopback).
ENV JAVA_TOOL_OPTIONS="-Xmx1536m" \
    SERVER_ADDRESS=0.0.0.0
# Ready: schema applied, seeds imported, the graph answering. A first start that extracts articles loads the language
# models (about 15 s on two cores, more on a slow machine): failures in the start period do not count.
HEALTHCHECK --interval=15s --timeout=5s --start-period=3m --retries=3 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${SERVER_PORT:-8080}/actuator/health/readiness" || exit 1
ENTRYPOINT ["java", "-jar", "/app/entente.jar"]
