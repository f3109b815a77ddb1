-- Indexes for the portfolio dashboard (GET /dashboard/portfolio): the next open milestone of each
-- project is one seek (project, not reached, first planned date) without a sort, and the weekly
-- installed MWp is read from the index alone.
CREATE INDEX ix_milestone_next ON milestone (project_id, actual_date, planned_date);
CREATE INDEX ix_project_day_rollup_installed ON project_day_rollup (day, counted, project_id, installed_kwp);
