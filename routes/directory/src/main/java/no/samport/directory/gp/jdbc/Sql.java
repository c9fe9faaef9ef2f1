package no.samport.directory.gp.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import no.samport.directory.gp.Period;
import no.samport.directory.gp.Provenance;

/** Conversions between the GP tables' columns and Java values. */
final class Sql {

    private Sql() {
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static Period period(ResultSet rs, String from, String to) throws SQLException {
        return new Period(date(rs, from), date(rs, to));
    }

    static Provenance provenance(ResultSet rs) throws SQLException {
        return new Provenance(rs.getString("source"), instant(rs, "source_time"));
    }
}
