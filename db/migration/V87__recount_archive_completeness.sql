-- A question of the profile now counts towards completeness only when every blank of it is filled
-- in (before: when any one was). The score needs the decrypted answers, so the application counts
-- it anew at start-up (system.SearchKeysRefresh) for every row marked here with -1.
update customer set completeness = -1;
