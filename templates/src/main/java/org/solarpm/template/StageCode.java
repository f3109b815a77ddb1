package org.solarpm.template;

/**
 * The project lifecycle stages, declared in their fixed order. Every template lists all of them in
 * this order. The terminal states CLOSED and LOST belong to the application, not to templates.
 */
public enum StageCode {
    /** 踏勘 */
    SURVEY,
    /** 投标签约 */
    BID,
    /** 备案/接入申请 */
    FILING,
    /** 设计 */
    DESIGN,
    /** 采购 */
    PROCUREMENT,
    /** 施工 */
    CONSTRUCTION,
    /** 调试 */
    COMMISSIONING,
    /** 验收并网 */
    GRID_CONNECTION,
    /** 运维 */
    OM
}
