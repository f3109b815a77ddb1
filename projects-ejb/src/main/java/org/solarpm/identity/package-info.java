/**
 * Who you are and what you may do: users, their roles and branches (分公司), the supervisor line
 * that reports travel up, sign-in with throttling, opaque revocable bearer tokens and the audit log
 * of security-relevant events.
 */
package org.solarpm.identity;
