/**
 * REST resources of projects and templates: create from a template, stage changes through gates,
 * members, documents, similar projects and the read-only board. Money is a decimal string with currency.
 */
package org.solarpm.web.project;
