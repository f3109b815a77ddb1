package org.solarpm.template;

/** The project role responsible for a template task. */
public enum Role {
    /** 项目经理 */
    PM,
    /** 现场负责人 */
    SITE_LEAD,
    /** 采购 */
    BUYER,
    /** 设计/技术工程师 */
    ENGINEER
}
