/** Black-box tests of the dashboards: portfolio content after reports are filed, who sees what, bad input. */
package org.solarpm.it.dashboard;
