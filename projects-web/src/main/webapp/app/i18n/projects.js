// zh-CN / en strings of the project screens.
export default {
  'zh-CN': {
    'projects.title': '项目', 'projects.new': '从模板新建项目', 'projects.search': '搜索编号/名称/业主',
    'projects.stage': '阶段', 'projects.branch': '分公司', 'projects.manager': '项目经理', 'projects.any': '全部',
    'projects.filter': '筛选', 'projects.empty': '没有符合条件的项目', 'projects.code': '项目编号', 'projects.name': '项目名称',
    'projects.customer': '业主', 'projects.capacity': '容量 (kWp)', 'projects.template': '模板', 'projects.address': '地址',
    'projects.latitude': '纬度', 'projects.longitude': '经度', 'projects.plannedStart': '计划开工', 'projects.plannedCod': '计划并网',
    'projects.contractValue': '合同额 (元)', 'projects.create': '创建', 'projects.cancel': '取消', 'projects.overview': '概览',
    'projects.timeline': '阶段进程', 'projects.gates': '关口检查', 'projects.tick': '确认完成', 'projects.ticked': '已完成',
    'projects.advance': '推进到', 'projects.override': '管理员强制推进', 'projects.overrideReason': '强制推进原因',
    'projects.note': '备注', 'projects.members': '项目成员', 'projects.addMember': '添加成员', 'projects.userId': '用户ID',
    'projects.role': '项目角色', 'projects.remove': '移除', 'projects.documents': '项目文件', 'projects.upload': '上传',
    'projects.export.monthly': '项目月报 PDF', 'projects.export.dailyReports': '近 30 天日报 Excel', 'projects.export.materials': '材料计划 Excel',
    'projects.download': '下载', 'projects.board': '看板', 'projects.wip': 'WIP 上限', 'projects.history': '阶段历史',
    'projects.similar': '类似已完成项目', 'projects.perWp': '元/Wp', 'projects.back': '返回列表', 'projects.due': '截止',
    'projects.documentId': '依据文件', 'projects.saved': '已保存'
  },
  en: {
    'projects.title': 'Projects', 'projects.new': 'New project from template', 'projects.search': 'Search code/name/customer',
    'projects.stage': 'Stage', 'projects.branch': 'Branch', 'projects.manager': 'Project manager', 'projects.any': 'Any',
    'projects.filter': 'Filter', 'projects.empty': 'No matching projects', 'projects.code': 'Code', 'projects.name': 'Name',
    'projects.customer': 'Customer', 'projects.capacity': 'Capacity (kWp)', 'projects.template': 'Template', 'projects.address': 'Address',
    'projects.latitude': 'Latitude', 'projects.longitude': 'Longitude', 'projects.plannedStart': 'Planned start', 'projects.plannedCod': 'Planned COD',
    'projects.contractValue': 'Contract value (CNY)', 'projects.create': 'Create', 'projects.cancel': 'Cancel', 'projects.overview': 'Overview',
    'projects.timeline': 'Stages', 'projects.gates': 'Gate checklist', 'projects.tick': 'Tick off', 'projects.ticked': 'Done',
    'projects.advance': 'Move to', 'projects.override': 'Admin override', 'projects.overrideReason': 'Override reason',
    'projects.note': 'Note', 'projects.members': 'Members', 'projects.addMember': 'Add member', 'projects.userId': 'User id',
    'projects.role': 'Project role', 'projects.remove': 'Remove', 'projects.documents': 'Documents', 'projects.upload': 'Upload',
    'projects.export.monthly': 'Monthly report (PDF)', 'projects.export.dailyReports': 'Last 30 days of reports (Excel)', 'projects.export.materials': 'Material plan (Excel)',
    'projects.download': 'Download', 'projects.board': 'Board', 'projects.wip': 'WIP limit', 'projects.history': 'Stage history',
    'projects.similar': 'Similar finished projects', 'projects.perWp': 'CNY/Wp', 'projects.back': 'Back to list', 'projects.due': 'Due',
    'projects.documentId': 'Evidence document', 'projects.saved': 'Saved'
  }
};
