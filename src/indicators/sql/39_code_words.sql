-- The words a reader is shown for the codes the tables store: a figure's qualifier, a target's status and kind,
-- and a consistency finding's status. The target page, the consistency page and the exports (a column in words beside
-- each code, for whoever opens the xlsx in Excel or WPS) take them from here, so each is worded once. A file of
-- macros only, so that a batch's slice (publish/batch_slice.py) defines them again as the build does.
create or replace macro qualifier_zh(qualifier) as
    case qualifier
        when 'lower_bound' then '下限（以上、多、余）'
        when 'upper_bound' then '上限（以内、以下）'
        when 'approximate' then '约数（约、近、左右）'
    end;

create or replace macro target_status_zh(status) as
    case status
        when 'met' then '达标'
        when 'met ahead of deadline' then '提前达标'
        when 'not met' then '未达标'
        when 'not yet due' then '尚未到期'
        when 'not shown to be met' then '未能证明达标'
        when 'scope ambiguous' then '是否适用文件未明确'
        when 'not reported' then '报告未提供'
        -- a share whose part exceeds its whole (汉滨区 2021's 1615 items of 506): stated, but of different things
        when 'not computable' then '报告的数字不是同一范围，无法计算，未作对照'
        -- a report added as text only, none of its figures curated yet: not that the report omits the figure
        when 'not curated' then '本报告尚无已整理的数字，未作对照'
        -- a document issued after the report's year asked nothing of it (慈溪市 2013, a 2018 document)
        when 'issued after the report year' then '文件在报告年度之后印发，未作对照'
        -- a report covering part of its year (上半年) against a yearly target: shown, never 达标 nor 未达标
        when 'part of the year' then '期间不足一年，未作对照'
        -- shown, never stored (target_status_shown): a rate the report states without the counts to recompute it
        when 'stated only, not judged' then '仅有报告自述值，未判断'
        -- shown, never stored: figures the report states over a denominator of zero (行政许可事项0项，其中…0项)
        when 'denominator is zero, not judged' then '分母为零，无法计算，未作对照'
    end;

-- the status in words with the part of the year a report covers where that is why it is not judged
-- (期间不足一年，未作对照（报告只涵盖上半年）): the target page and the export word it once
create or replace macro target_status_words(status, part_of_year) as
    target_status_zh(status) || if(status = 'part of the year', coalesce('（报告只涵盖' || part_of_year || '）', ''), '');

-- the status a reader is shown for a target, in English (the export's code, the target page's English beside the
-- Chinese that target_status_words gives of it): `not reported` of a rate the report states without the counts to
-- recompute it (stated_only), or of figures it states over a denominator of zero (zero_denominator), is neither omitted
-- nor judged (qa36: 封开县 2017's 行政许可事项0项 was exported as 报告未提供 where its page said 分母为零); a target of a
-- later document is `issued after the report year` (shown_target_status)
create or replace macro target_status_shown(status, issued, report_year, stated_only, zero_denominator) as
    case
        when status = 'not reported' and stated_only then 'stated only, not judged'
        when status = 'not reported' and zero_denominator then 'denominator is zero, not judged'
        else shown_target_status(status, issued, report_year)
    end;

-- what a target measures: the target sheet's 对象类型 read `metric` to an analyst (trial 28)
create or replace macro measure_kind_zh(measure_kind) as
    case measure_kind
        when 'indicator' then '指标'
        when 'metric' then '数据项'
    end;

create or replace macro finding_status_zh(status) as
    case status
        when 'error' then '错误'
        when 'warning' then '提示'
        when 'ok' then '通过'
        when 'not evaluated' then '未检查'
    end;

-- a jurisdiction's level as a peer page names it beside a value of another level (publish/peer_page.py's LEVEL_ZH
-- for its Python lines)
create or replace macro level_zh(level) as
    case level
        when 'province' then '省级'
        when 'prefecture' then '地级'
        else '县级'
    end;
