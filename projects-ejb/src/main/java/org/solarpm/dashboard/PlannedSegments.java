package org.solarpm.dashboard;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.solarpm.dailyreport.PlannedCurve;

/**
 * The planned windows and weights of projects' work items, from which the dashboard draws each
 * project's S-curve. Work items are written once, when a project is set up from its template, and
 * never change afterwards, so each app instance keeps them after the first read: the dashboard then
 * reads only the day's figures from the database (re-reading some 10,000 work items on every
 * dashboard request was half of its database time).
 */
@ApplicationScoped
public class PlannedSegments {

    /** Projects remembered at most; beyond that the cache starts over (a company has a few thousand). */
    static final int MAX_PROJECTS = 50_000;
    private static final int CHUNK = 500;

    private final Map<Long, List<PlannedCurve.Segment>> byProject = new ConcurrentHashMap<>();

    @Resource(lookup = "java:app/jdbc/solarpm")
    DataSource dataSource;

    /** The segments of each given project (an empty list for a project without work items). */
    public Map<Long, List<PlannedCurve.Segment>> of(Collection<Long> projectIds) {
        Map<Long, List<PlannedCurve.Segment>> result = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : projectIds) {
            List<PlannedCurve.Segment> known = byProject.get(id);
            if (known == null) {
                missing.add(id);
            } else {
                result.put(id, known);
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, List<PlannedCurve.Segment>> loaded = load(missing);
            if (byProject.size() + loaded.size() > MAX_PROJECTS) {
                byProject.clear();
            }
            loaded.forEach((id, segments) -> {
                if (!segments.isEmpty()) {
                    byProject.put(id, segments);
                }
            });
            result.putAll(loaded);
        }
        return result;
    }

    private Map<Long, List<PlannedCurve.Segment>> load(List<Long> ids) {
        Map<Long, List<PlannedCurve.Segment>> loaded = new HashMap<>();
        ids.forEach(id -> loaded.put(id, new ArrayList<>()));
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement("SELECT project_id, weight, planned_start, planned_end FROM work_item"
                        + " WHERE project_id IN (" + marks + ") ORDER BY project_id, position")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setLong(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            loaded.get(rs.getLong(1)).add(new PlannedCurve.Segment(rs.getBigDecimal(2),
                                    rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate()));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading planned work items", e);
        }
        loaded.replaceAll((id, list) -> List.copyOf(list));
        return loaded;
    }
}
