-- Each role figure gets the id content/data gives it, so prose can quote one figure by name.
ALTER TABLE role_figure ADD COLUMN slug VARCHAR(120);
CREATE UNIQUE INDEX role_figure_slug ON role_figure (slug);
