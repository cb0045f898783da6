-- The salary dataset lives in content/data and in memory; the database keeps only what visitors submit.
DROP TABLE IF EXISTS role_figure;
DROP TABLE IF EXISTS skill_pay;
DROP TABLE IF EXISTS skill_demand;
DROP TABLE IF EXISTS market_stat;
DROP TABLE IF EXISTS total_comp;
DROP TABLE IF EXISTS premium;
DROP TABLE IF EXISTS location;
DROP TABLE IF EXISTS role;
DROP TABLE IF EXISTS source;
