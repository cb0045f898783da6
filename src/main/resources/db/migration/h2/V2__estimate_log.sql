-- What visitors asked the calculator: no IP address, no offer amount, no cookie.
CREATE TABLE estimate_log (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    role       VARCHAR(80) NOT NULL,
    level      VARCHAR(20),
    location   VARCHAR(80) NOT NULL,
    company    VARCHAR(80),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX estimate_log_created_at ON estimate_log (created_at);
