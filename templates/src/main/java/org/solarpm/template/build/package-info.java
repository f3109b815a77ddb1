/**
 * Build-time tooling, run by {@code exec-maven-plugin} in {@code process-classes}: checks every
 * template file against the JSON Schema and {@link org.solarpm.template.TemplateRules}, reporting
 * each problem as {@code file:line: /json/pointer: message}, and writes the classpath index.
 *
 * <p>Depends on {@code json-schema-validator} and Jackson, which the module declares {@code provided}
 * so that they never reach a deployment; nothing at run time may use this package.
 */
package org.solarpm.template.build;
