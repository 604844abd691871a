package meridian.domain.kyc.caseflow;

/** The prospect's contact person. Phone and e-mail are personal data, erased when the case closes. */
public record Contact(String name, String phone, String email) {
}
