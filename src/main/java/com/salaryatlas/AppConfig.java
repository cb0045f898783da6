package com.salaryatlas;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The settings the site starts with. Each comes from an environment variable and may be
 * overridden by a command-line flag of the same name ({@code --port 8080}, {@code --dev}).
 */
public record AppConfig(int port, String databaseUrl, String siteUrl, boolean dev) {

    public static final int DEFAULT_PORT = 7070;
    public static final String DEFAULT_DATABASE_URL = "jdbc:h2:file:./data/salary-atlas";

    /** A setting that cannot be used; its message is one line naming the setting and the fix. */
    public static final class InvalidSetting extends RuntimeException {
        public InvalidSetting(String message) {
            super(message);
        }
    }

    public static AppConfig from(Map<String, String> env, String[] args) {
        Map<String, String> values = new HashMap<>();
        for (String name : new String[] {"PORT", "DATABASE_URL", "SITE_URL", "DEV"}) {
            Optional.ofNullable(env.get(name)).ifPresent(v -> values.put(name, v));
        }
        values.putAll(parseFlags(args));

        int port = parsePort(values.getOrDefault("PORT", String.valueOf(DEFAULT_PORT)));
        String databaseUrl = values.getOrDefault("DATABASE_URL", DEFAULT_DATABASE_URL).trim();
        if (!databaseUrl.startsWith("jdbc:")) {
            throw new InvalidSetting("DATABASE_URL '" + databaseUrl + "' is not a JDBC URL: use a form like "
                    + DEFAULT_DATABASE_URL + ", or leave it unset for the embedded database.");
        }
        String siteUrl = values.getOrDefault("SITE_URL", "http://localhost:" + port).trim();
        if (!siteUrl.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            throw new InvalidSetting("SITE_URL '" + siteUrl + "' is not an http(s) URL: set it like https://salaryatlas.example.");
        }
        siteUrl = siteUrl.replaceAll("/+$", "");
        boolean dev = parseBoolean("DEV", values.getOrDefault("DEV", "false"));
        return new AppConfig(port, databaseUrl, siteUrl, dev);
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
            if (!key.matches("PORT|DATABASE_URL|SITE_URL|DEV")) {
                throw new InvalidSetting("Unknown flag --" + name + ": the flags are --port, --database-url, --site-url and --dev.");
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

    private static boolean parseBoolean(String name, String raw) {
        return switch (raw.trim().toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no", "" -> false;
            default -> throw new InvalidSetting(name + " '" + raw + "' is not true or false: set " + name + "=true or leave it unset.");
        };
    }
}
