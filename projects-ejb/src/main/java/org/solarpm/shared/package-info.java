/**
 * What every feature shares: domain exceptions that the web layer maps to problem+json, localised
 * messages, the company clock and time zone, persistence converters and the start-up migration
 * that must run before anything touches the schema.
 */
package org.solarpm.shared;
