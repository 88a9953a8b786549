/**
 * The append-only audit trail. It hears every module through the {@link id.gerai.shared.Jejak}
 * event and Spring Security's sign-in events, writes each change in the transaction that makes it,
 * and offers the trail to Dinkop admins for reading only. No module depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package id.gerai.audit;
