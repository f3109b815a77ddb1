/** MicroProfile Health checks behind {@code /health/ready} and {@code /health/live}. */
package org.solarpm.web.health;
