/** HTTP endpoints for sessions, the current user, user and branch administration and the audit log. */
package org.solarpm.web.identity;
