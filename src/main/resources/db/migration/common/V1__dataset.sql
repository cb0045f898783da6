-- The salary dataset, loaded from content/data/*.csv at every start.
CREATE TABLE source (
    id               VARCHAR(80) PRIMARY KEY,
    publisher        VARCHAR(300) NOT NULL,
    title            VARCHAR(500) NOT NULL,
    url              VARCHAR(500),
    reference_period VARCHAR(100) NOT NULL,
    published        VARCHAR(40),
    sample_size      VARCHAR(200),
    measures         VARCHAR(1000) NOT NULL,
    position         INT NOT NULL
);

CREATE TABLE role (
    slug     VARCHAR(80) PRIMARY KEY,
    title    VARCHAR(200) NOT NULL,
    soc      VARCHAR(20) NOT NULL,
    summary  VARCHAR(1000) NOT NULL,
    position INT NOT NULL
);

CREATE TABLE role_figure (
    id        INT PRIMARY KEY,
    role      VARCHAR(80) NOT NULL REFERENCES role(slug),
    source    VARCHAR(80) NOT NULL REFERENCES source(id),
    kind      VARCHAR(20) NOT NULL,
    level     VARCHAR(20),
    location  VARCHAR(80),
    p10       INT, p25 INT, median INT, p75 INT, p90 INT,
    low       INT, high INT,
    n         INT,
    is_primary BOOLEAN NOT NULL,
    note      VARCHAR(1000)
);

CREATE TABLE location (
    slug      VARCHAR(80) PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    type      VARCHAR(20) NOT NULL,
    state     VARCHAR(4),
    wage      INT,
    statistic VARCHAR(10),
    soc       VARCHAR(20),
    source    VARCHAR(80) NOT NULL REFERENCES source(id),
    note      VARCHAR(1000),
    position  INT NOT NULL
);

CREATE TABLE premium (
    id       VARCHAR(80) PRIMARY KEY,
    kind     VARCHAR(20) NOT NULL,
    name     VARCHAR(200) NOT NULL,
    roles    VARCHAR(1000),
    low_pct  DECIMAL(6, 2),
    high_pct DECIMAL(6, 2),
    source   VARCHAR(80) NOT NULL REFERENCES source(id),
    note     VARCHAR(1000),
    position INT NOT NULL
);

CREATE TABLE skill_pay (
    role   VARCHAR(80) NOT NULL REFERENCES role(slug),
    skill  VARCHAR(80) NOT NULL,
    name   VARCHAR(200) NOT NULL,
    median INT NOT NULL,
    n      INT,
    source VARCHAR(80) NOT NULL REFERENCES source(id),
    position INT NOT NULL,
    PRIMARY KEY (role, skill)
);

CREATE TABLE skill_demand (
    role      VARCHAR(80) NOT NULL REFERENCES role(slug),
    skill     VARCHAR(80) NOT NULL,
    name      VARCHAR(200) NOT NULL,
    share_pct DECIMAL(6, 2) NOT NULL,
    source    VARCHAR(80) NOT NULL REFERENCES source(id),
    position  INT NOT NULL,
    PRIMARY KEY (role, skill)
);

CREATE TABLE market_stat (
    id       INT PRIMARY KEY,
    role     VARCHAR(80),
    metric   VARCHAR(80) NOT NULL,
    stat_value DECIMAL(14, 4) NOT NULL,
    unit     VARCHAR(10) NOT NULL,
    n        INT,
    source   VARCHAR(80) NOT NULL REFERENCES source(id),
    note     VARCHAR(1000)
);

CREATE TABLE total_comp (
    id        INT PRIMARY KEY,
    role      VARCHAR(80) NOT NULL,
    company   VARCHAR(80) NOT NULL,
    component VARCHAR(20) NOT NULL,
    low       DECIMAL(12, 2),
    high      DECIMAL(12, 2),
    unit      VARCHAR(20) NOT NULL,
    source    VARCHAR(80) NOT NULL REFERENCES source(id),
    note      VARCHAR(1000)
);
