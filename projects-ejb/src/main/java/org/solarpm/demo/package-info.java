/**
 * Demo data for trying SolarPM without a real company: branches and one user per role on the first
 * start of an empty database. Features add their own demo data through {@link org.solarpm.demo.DemoData}.
 */
package org.solarpm.demo;
