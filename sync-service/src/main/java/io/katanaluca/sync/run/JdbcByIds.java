package io.katanaluca.sync.run;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Rows of a mapping table (or the results) looked up by Katana ids in one query: Spring expands {@code IN (:ids)}. */
public final class JdbcByIds {

    private JdbcByIds() {
    }

    /** @param row a row as its Katana id and value; of two rows with one id, the later wins */
    public static <T> Map<Long, T> find(JdbcTemplate jdbc, String sql, Collection<Long> ids, RowMapper<Map.Entry<Long, T>> row) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, T> found = new HashMap<>();
        new NamedParameterJdbcTemplate(jdbc).query(sql, Map.of("ids", ids), rs -> {
            Map.Entry<Long, T> entry = row.mapRow(rs, 0);
            found.put(entry.getKey(), entry.getValue());
        });
        return found;
    }
}
