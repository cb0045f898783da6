package com.salaryatlas.dataset;

/** Median posted base pay for a role's postings that name a skill. */
public record SkillPay(String role, String skill, String name, int median, Integer n, String source) {
}
