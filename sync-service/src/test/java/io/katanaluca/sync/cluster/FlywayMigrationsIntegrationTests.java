package io.katanaluca.sync.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The same Flyway migrations build the same schema on H2 (the embedded default) and on a real PostgreSQL 17. */
class FlywayMigrationsIntegrationTests {

    @Test
    void shouldBuildTheSameTablesAndColumnsOnH2AndPostgreSql() {
        DataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1", "sa", "");
        DataSource postgres = EmbeddedServers.dataSource(EmbeddedServers.newPostgresDatabase("migrations", false));

        int onH2 = migrate(h2);
        int onPostgres = migrate(postgres);

        assertThat(onPostgres).isEqualTo(onH2).isPositive();
        Set<String> postgresColumns = columns(postgres, "public");
        assertThat(postgresColumns).isEqualTo(columns(h2, "PUBLIC"))
                .contains("sync_batch.done_at", "sync_operation_log.batches_total", "luca_write_permit.lease_until", "katana_rate_bucket.state");
    }

    private static int migrate(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate().migrationsExecuted;
    }

    private static Set<String> columns(DataSource dataSource, String schema) {
        return new TreeSet<>(new JdbcTemplate(dataSource).query("SELECT table_name, column_name FROM information_schema.columns"
                + " WHERE table_schema = ? AND LOWER(table_name) <> 'flyway_schema_history'",
                (rs, row) -> (rs.getString(1) + "." + rs.getString(2)).toLowerCase(), schema));
    }
}
