package com.salaryatlas.salary;

/** Median posted base pay for a role's postings that name a skill. */
public record SkillPay(String role, String skill, String name, int median, Integer n, String source) {
}
