package com.salaryatlas.dataset;

/** Share of a role's postings that name a skill. */
public record SkillDemand(String role, String skill, String name, double sharePct, String source) {
}
