package id.gerai.gerai;

/**
 * A member's role in the forum: a member, a coordinator of members at their gerai, a resource
 * person who answers others' problems.
 */
public enum AnggotaForumPeran {
  ANGGOTA,
  KOORDINATOR,
  NARASUMBER
}
