package org.solarpm.template;

/** The kinds of PV project a template is written for. */
public enum ProjectType {
    /** 工商业屋顶分布式: commercial and industrial rooftop distributed PV. */
    CI_ROOFTOP,
    /** 地面电站: ground-mounted utility-scale plant. */
    GROUND_MOUNTED,
    /** 户用: a cluster of household rooftop systems developed as one project. */
    RESIDENTIAL_CLUSTER
}
