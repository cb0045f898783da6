package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.dataset.RoleFigure;
import com.salaryatlas.dataset.SkillPay;
import java.util.Optional;

/** Differences between figures: two roles, a skill against its role, a place against the nation. */
public final class Comparisons {

    private final Dataset data;
    private final Distributions distributions;

    public Comparisons(Dataset data, Distributions distributions) {
        this.data = data;
        this.distributions = distributions;
    }

    /** The difference between two roles' medians, from the distributions estimates use. */
    public Difference roles(Role a, Role b) {
        return difference(a.slug(), distributions.of(a).distribution().median(), b.slug(),
                distributions.of(b).distribution().median(), null);
    }

    /** The difference between two roles' national medians as one source publishes them. */
    public Optional<Difference> roles(Role a, Role b, String source) {
        Optional<RoleFigure> fa = data.postingMedian(a.slug(), source);
        Optional<RoleFigure> fb = data.postingMedian(b.slug(), source);
        if (fa.isEmpty() || fb.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(difference(a.slug(), fa.get().median(), b.slug(), fb.get().median(), source));
    }

    /** How far a skill's posted median sits above (or below) the role's overall posted median. */
    public Optional<Difference> skillLift(String role, String skill) {
        Optional<SkillPay> sp = data.skillPay(role, skill);
        Optional<RoleFigure> baseline = sp.flatMap(s -> data.postingMedian(role, s.source()));
        if (sp.isEmpty() || baseline.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(difference(skill, sp.get().median(), role, baseline.get().median(), sp.get().source()));
    }

    private static Difference difference(String a, double va, String b, double vb, String source) {
        boolean aHigher = va >= vb;
        double higher = Math.max(va, vb);
        double lower = Math.min(va, vb);
        return new Difference(aHigher ? a : b, aHigher ? b : a, Math.round(higher), Math.round(lower),
                Math.round(higher - lower), (higher - lower) / lower * 100, source);
    }
}
