package com.salaryatlas;

import com.salaryatlas.data.DatabaseUrl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings the site starts with. Each comes from an environment variable and may be
 * overridden by a command-line flag of the same name ({@code --port 8080}, {@code --dev}).
 */
public record AppConfig(int port, String databaseUrl, String siteUrl, boolean dev, int rateLimit,
                        List<String> trustedProxies) {

    public static final int DEFAULT_PORT = 7070;
    /** Requests a minute per client to the calculator, reports and the API: well above what a person does by hand. */
    public static final int DEFAULT_RATE_LIMIT = 120;
    private static final String NAMES = "PORT|DATABASE_URL|SITE_URL|DEV|RATE_LIMIT|TRUSTED_PROXIES";

    public AppConfig {
        trustedProxies = List.copyOf(trustedProxies);
    }

    public AppConfig(int port, String databaseUrl, String siteUrl, boolean dev) {
        this(port, databaseUrl, siteUrl, dev, DEFAULT_RATE_LIMIT, List.of());
    }
    public static final String DEFAULT_DATABASE_URL = "jdbc:h2:file:./data/salary-atlas";

    /** A setting that cannot be used; its message is one line naming the setting and the fix. */
    public static final class InvalidSetting extends RuntimeException {
        public InvalidSetting(String message) {
            super(message);
        }
    }

    public static AppConfig from(Map<String, String> env, String[] args) {
        Map<String, String> values = new HashMap<>();
        for (String name : NAMES.split("\\|")) {
            Optional.ofNullable(env.get(name)).ifPresent(v -> values.put(name, v));
        }
        values.putAll(parseFlags(args));

        int port = parsePort(values.getOrDefault("PORT", String.valueOf(DEFAULT_PORT)));
        String databaseUrl = values.getOrDefault("DATABASE_URL", DEFAULT_DATABASE_URL).trim();
        try {
            DatabaseUrl.parse(databaseUrl);
        } catch (DatabaseUrl.Invalid e) {
            throw new InvalidSetting("DATABASE_URL " + e.getMessage() + ", or leave it unset for the embedded database.");
        }
        String siteUrl = values.getOrDefault("SITE_URL", "http://localhost:" + port).trim();
        if (!siteUrl.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            throw new InvalidSetting("SITE_URL '" + siteUrl + "' is not an http(s) URL: set it like https://salaryatlas.example.");
        }
        siteUrl = siteUrl.replaceAll("/+$", "");
        boolean dev = parseBoolean("DEV", values.getOrDefault("DEV", "false"));
        int rateLimit = parseRateLimit(values.getOrDefault("RATE_LIMIT", String.valueOf(DEFAULT_RATE_LIMIT)));
        List<String> proxies = parseProxies(values.getOrDefault("TRUSTED_PROXIES", ""));
        return new AppConfig(port, databaseUrl, siteUrl, dev, rateLimit, proxies);
    }

    private static Map<String, String> parseFlags(String[] args) {
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new InvalidSetting("Unknown argument '" + arg + "': flags look like --port 8080 or --dev.");
            }
            String body = arg.substring(2);
            String name;
            String value;
            int eq = body.indexOf('=');
            if (eq >= 0) {
                name = body.substring(0, eq);
                value = body.substring(eq + 1);
            } else if (body.equalsIgnoreCase("dev")) {
                name = body;
                value = "true";
            } else if (i + 1 < args.length) {
                name = body;
                value = args[++i];
            } else {
                throw new InvalidSetting("Flag --" + body + " has no value: write --" + body + " VALUE.");
            }
            String key = name.toUpperCase().replace('-', '_');
            if (!key.matches(NAMES)) {
                throw new InvalidSetting("Unknown flag --" + name + ": the flags are --port, --database-url, --site-url, "
                        + "--rate-limit, --trusted-proxies and --dev.");
            }
            flags.put(key, value);
        }
        return flags;
    }

    private static int parsePort(String raw) {
        try {
            int port = Integer.parseInt(raw.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the fix
        }
        throw new InvalidSetting("PORT '" + raw + "' is not a port number: set PORT to a number from 1 to 65535, e.g. PORT=7070.");
    }

    private static int parseRateLimit(String raw) {
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 0) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the fix
        }
        throw new InvalidSetting("RATE_LIMIT '" + raw + "' is not a number of requests a minute: set e.g. RATE_LIMIT="
                + DEFAULT_RATE_LIMIT + ", or RATE_LIMIT=0 to turn the limit off.");
    }

    /** Literal IP addresses only: a host name here would make every request wait on DNS. */
    private static List<String> parseProxies(String raw) {
        List<String> proxies = new ArrayList<>();
        for (String part : raw.split(",")) {
            String ip = part.trim();
            if (ip.isEmpty()) {
                continue;
            }
            if (!ip.matches("[0-9.]+|[0-9a-fA-F:]*:[0-9a-fA-F:.]*")) {
                throw new InvalidSetting("TRUSTED_PROXIES '" + raw + "' holds '" + ip + "', which is not an IP address: "
                        + "list your load balancers' addresses, e.g. TRUSTED_PROXIES=10.0.0.5,10.0.0.6.");
            }
            proxies.add(ip);
        }
        return proxies;
    }

    private static boolean parseBoolean(String name, String raw) {
        return switch (raw.trim().toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no", "" -> false;
            default -> throw new InvalidSetting(name + " '" + raw + "' is not true or false: set " + name + "=true or leave it unset.");
        };
    }
}
