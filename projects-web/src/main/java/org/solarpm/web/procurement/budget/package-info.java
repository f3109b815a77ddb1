/** HTTP edge of a project's material plan position and budget. */
package org.solarpm.web.procurement.budget;
