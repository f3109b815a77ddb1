-- Consumed quantity per material plan line, maintained from daily reports (materials consumed).
ALTER TABLE material_plan_line ADD COLUMN consumed_quantity DECIMAL(16,3) NOT NULL DEFAULT 0;
