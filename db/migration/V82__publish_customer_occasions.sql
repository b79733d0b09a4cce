-- The customer feature publishes the dates its archives hold for the care reminders as a
-- read-only view: the nightly care run joins a million customers to the lunar calendar in
-- one set-based statement, which no call through a service could do as fast, and care
-- still reads no table of another feature. The view is the contract: the customer table
-- may change behind it.
create view customer_occasion as
select c.id       as customer_id,
       c.owner_id,
       c.grade,
       c.birth_date,
       c.birth_lunar,
       c.profile ->> 'weddingAnniversary'                 as wedding_anniversary,
       (c.profile ->> 'weddingAnniversaryLunar') = 'true' as wedding_anniversary_lunar,
       case when jsonb_typeof(c.profile -> 'children') = 'array'
            then c.profile -> 'children' else '[]'::jsonb end as children
  from customer c;
