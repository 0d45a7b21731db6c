/** Fresh ULIDs for lock ids, recovery operation ids and approval ids (sortable by creation time). */
export interface Ids {
  ulid(): string;
}
