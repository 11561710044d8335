# The application image used by docker-compose.yml. Build the jar first: ./mvnw -DskipTests package
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY target/entente.jar /app/entente.jar
COPY seeds /app/seeds
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/entente.jar"]
