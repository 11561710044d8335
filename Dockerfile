# The application image used by docker-compose.yml. Build the jar first: ./mvnw -DskipTests package
FROM eclipse-temurin:17-jre
# Entente needs no privilege: it runs as a user of its own, which owns only /app/data
RUN groupadd --system entente && useradd --system --gid entente --home-dir /app --no-create-home entente
WORKDIR /app
COPY target/entente.jar /app/entente.jar
COPY seeds /app/seeds
RUN mkdir -p /app/data && chown entente:entente /app/data
USER entente
EXPOSE 8080
# The heap is bounded (the language models need about 1 GB of it); the container's port is published to the host's
# loopback only (docker-compose.yml), so listening on all of the container's interfaces exposes nothing further
ENV JAVA_TOOL_OPTIONS="-Xmx1536m" SERVER_ADDRESS=0.0.0.0
ENTRYPOINT ["java", "-jar", "/app/entente.jar"]
