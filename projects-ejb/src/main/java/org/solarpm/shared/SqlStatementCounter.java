package org.solarpm.shared;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Counts the SQL statements the JDBC driver really sends, per thread, so that tests and benchmarks
 * can prove an operation issues a bounded number of statements whatever the data size. Installed
 * as a Connector/J query interceptor on the application datasource; costs one thread-local
 * increment per statement.
 */
public class SqlStatementCounter implements QueryInterceptor {

    private static final ThreadLocal<long[]> PER_THREAD = ThreadLocal.withInitial(() -> new long[1]);
    private static final AtomicLong TOTAL = new AtomicLong();

    /** Resets this thread's count (call at the start of a request). */
    public static void reset() {
        PER_THREAD.get()[0] = 0;
    }

    public static long current() {
        return PER_THREAD.get()[0];
    }

    public static long total() {
        return TOTAL.get();
    }

    @Override
    public QueryInterceptor init(MysqlConnection conn, Properties props, Log log) {
        return this;
    }

    @Override
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query interceptedQuery) {
        PER_THREAD.get()[0]++;
        TOTAL.incrementAndGet();
        return null;
    }

    @Override
    public boolean executeTopLevelOnly() {
        return true;
    }

    @Override
    public void destroy() {
        // nothing held
    }

    @Override
    public <T extends Resultset> T postProcess(Supplier<String> sql, Query interceptedQuery, T originalResultSet,
                                               ServerSession serverSession) {
        return null;
    }
}
