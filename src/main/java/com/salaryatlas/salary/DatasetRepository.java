package com.salaryatlas.salary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** Stores the dataset in the database and reads it back as one snapshot. */
public final class DatasetRepository {

    private static final String[] TABLES = {"total_comp", "market_stat", "skill_demand", "skill_pay", "premium",
        "role_figure", "location", "role", "source"};

    private final DataSource dataSource;

    public DatasetRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Replaces the stored dataset in one transaction, so loading the same content twice gives the same database. */
    public void replace(Dataset d) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String table : TABLES) {
                    s.executeUpdate("DELETE FROM " + table);
                }
            }
            int i = 0;
            for (Source s : d.sources()) {
                insert(c, "INSERT INTO source VALUES (?,?,?,?,?,?,?,?,?)", s.id(), s.publisher(), s.title(), s.url(),
                        s.referencePeriod(), s.published(), s.sampleSize(), s.measures(), i++);
            }
            i = 0;
            for (Role r : d.roles()) {
                insert(c, "INSERT INTO role VALUES (?,?,?,?,?)", r.slug(), r.title(), r.soc(), r.summary(), i++);
            }
            i = 0;
            for (Location l : d.locations()) {
                insert(c, "INSERT INTO location VALUES (?,?,?,?,?,?,?,?,?,?)", l.slug(), l.name(), l.type(), l.state(),
                        l.wage(), l.statistic(), l.soc(), l.source(), l.note(), i++);
            }
            i = 0;
            for (RoleFigure f : d.figures()) {
                insert(c, "INSERT INTO role_figure (id, role, source, kind, level, location, p10, p25, median, p75, p90, "
                        + "low, high, n, is_primary, note, slug) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", i++, f.role(),
                        f.source(), f.kind(), f.level(), f.location(), f.p10(), f.p25(), f.median(), f.p75(), f.p90(),
                        f.low(), f.high(), f.n(), f.primary(), f.note(), f.id());
            }
            i = 0;
            for (Premium p : d.premiums()) {
                insert(c, "INSERT INTO premium VALUES (?,?,?,?,?,?,?,?,?)", p.id(), p.kind(), p.name(),
                        String.join("|", p.roles()), p.lowPct(), p.highPct(), p.source(), p.note(), i++);
            }
            i = 0;
            for (SkillPay s : d.skillPay()) {
                insert(c, "INSERT INTO skill_pay VALUES (?,?,?,?,?,?,?)", s.role(), s.skill(), s.name(), s.median(),
                        s.n(), s.source(), i++);
            }
            i = 0;
            for (SkillDemand s : d.skillDemand()) {
                insert(c, "INSERT INTO skill_demand VALUES (?,?,?,?,?,?)", s.role(), s.skill(), s.name(), s.sharePct(),
                        s.source(), i++);
            }
            i = 0;
            for (MarketStat m : d.marketStats()) {
                insert(c, "INSERT INTO market_stat VALUES (?,?,?,?,?,?,?,?)", i++, m.role(), m.metric(), m.value(),
                        m.unit(), m.n(), m.source(), m.note());
            }
            i = 0;
            for (TotalComp t : d.totalComp()) {
                insert(c, "INSERT INTO total_comp VALUES (?,?,?,?,?,?,?,?,?)", i++, t.role(), t.company(),
                        t.component(), t.low(), t.high(), t.unit(), t.source(), t.note());
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the dataset failed", e);
        }
    }

    public Dataset load() {
        try (Connection c = dataSource.getConnection()) {
            return new Dataset(
                    query(c, "SELECT * FROM source ORDER BY position", r -> new Source(r.getString("id"),
                            r.getString("publisher"), r.getString("title"), r.getString("url"),
                            r.getString("reference_period"), r.getString("published"), r.getString("sample_size"),
                            r.getString("measures"))),
                    query(c, "SELECT * FROM role ORDER BY position", r -> new Role(r.getString("slug"),
                            r.getString("title"), r.getString("soc"), r.getString("summary"))),
                    query(c, "SELECT * FROM role_figure ORDER BY id", r -> new RoleFigure(r.getString("slug"), r.getString("role"),
                            r.getString("source"), r.getString("kind"), r.getString("level"), r.getString("location"),
                            integer(r, "p10"), integer(r, "p25"), integer(r, "median"), integer(r, "p75"),
                            integer(r, "p90"), integer(r, "low"), integer(r, "high"), integer(r, "n"),
                            r.getBoolean("is_primary"), r.getString("note"))),
                    query(c, "SELECT * FROM location ORDER BY position", r -> new Location(r.getString("slug"),
                            r.getString("name"), r.getString("type"), r.getString("state"), integer(r, "wage"),
                            r.getString("statistic"), r.getString("soc"), r.getString("source"), r.getString("note"))),
                    query(c, "SELECT * FROM premium ORDER BY position", r -> new Premium(r.getString("id"),
                            r.getString("kind"), r.getString("name"), roles(r.getString("roles")),
                            decimal(r, "low_pct"), decimal(r, "high_pct"), r.getString("source"), r.getString("note"))),
                    query(c, "SELECT * FROM skill_pay ORDER BY position", r -> new SkillPay(r.getString("role"),
                            r.getString("skill"), r.getString("name"), r.getInt("median"), integer(r, "n"),
                            r.getString("source"))),
                    query(c, "SELECT * FROM skill_demand ORDER BY position", r -> new SkillDemand(r.getString("role"),
                            r.getString("skill"), r.getString("name"), r.getDouble("share_pct"), r.getString("source"))),
                    query(c, "SELECT * FROM market_stat ORDER BY id", r -> new MarketStat(r.getString("role"),
                            r.getString("metric"), r.getDouble("stat_value"), r.getString("unit"), integer(r, "n"),
                            r.getString("source"), r.getString("note"))),
                    query(c, "SELECT * FROM total_comp ORDER BY id", r -> new TotalComp(r.getString("role"),
                            r.getString("company"), r.getString("component"), decimal(r, "low"), decimal(r, "high"),
                            r.getString("unit"), r.getString("source"), r.getString("note"))));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the dataset failed", e);
        }
    }

    private interface RowMapper<T> {
        T map(ResultSet r) throws SQLException;
    }

    private static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper) throws SQLException {
        List<T> items = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                items.add(mapper.map(r));
            }
        }
        return items;
    }

    private static void insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    s.setNull(i + 1, Types.NULL);
                } else {
                    s.setObject(i + 1, values[i]);
                }
            }
            s.executeUpdate();
        }
    }

    private static Integer integer(ResultSet r, String column) throws SQLException {
        int value = r.getInt(column);
        return r.wasNull() ? null : value;
    }

    private static Double decimal(ResultSet r, String column) throws SQLException {
        double value = r.getDouble(column);
        return r.wasNull() ? null : value;
    }

    private static Set<String> roles(String joined) {
        return joined == null || joined.isEmpty() ? Set.of() : Set.copyOf(new LinkedHashSet<>(Arrays.asList(joined.split("\\|"))));
    }
}
