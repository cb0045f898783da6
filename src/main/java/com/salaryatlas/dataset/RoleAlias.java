package com.salaryatlas.dataset;

/**
 * A name people type for a role that is not its title ("swe", "sre", "data analyst"), leading to the nearest role
 * the site covers; {@code note} says why where the match needs a word. Published as content/data/role_aliases.csv.
 */
public record RoleAlias(String alias, String role, String note) {
}
