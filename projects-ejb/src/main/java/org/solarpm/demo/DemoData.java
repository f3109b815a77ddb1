package org.solarpm.demo;

/**
 * A feature's contribution to the demo company, run once, in {@link #order()}, inside the seeding
 * transaction, right after the branches and users exist.
 */
public interface DemoData {

    int order();

    void seed(DemoContext context);
}
