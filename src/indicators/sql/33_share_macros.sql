-- indicators_over(denominator_metric): the indicators, with the alternative of their terms, whose denominator is
-- that one metric alone: every share of licensing items (online, at most one visit, zero visits). One definition
-- for the shares a page charts (analysis/shares_of.sql) and those it names as not computed
-- (analysis/shares_unmade.sql), so that the two never disagree on which shares a count has.
create or replace macro indicators_over(denominator_metric) as table
    select indicator_id, alternative
    from indicator_terms
    where part = 'denominator'
    group by indicator_id, alternative
    having bool_and(metric_id = denominator_metric);
