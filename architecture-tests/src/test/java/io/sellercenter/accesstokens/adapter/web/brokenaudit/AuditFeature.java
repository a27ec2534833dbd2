package io.sellercenter.accesstokens.adapter.web.brokenaudit;

/** The other feature package {@code TokenFeatureUsingAuditFeature} reaches into. */
public class AuditFeature {
}
