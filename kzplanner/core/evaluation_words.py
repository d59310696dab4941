"""The plain-language reading of a difference-in-differences effect (evaluation.read_effect), in
en / ru / kk."""

from __future__ import annotations

READING: dict[str, dict[str, str]] = {
    "effect": {
        "en": "β3 = {b3}: from {post} on, “{outcome}” changed by {abs_b3} {direction} in the treated "
              "units than in the comparison units (95 % CI {lo} to {hi}; p = {p}; {se_kind}; "
              "n = {n}).",
        "ru": "β3 = {b3}: начиная с {post} показатель «{outcome}» у участников изменился на {abs_b3} "
              "{direction}, чем в группе сравнения (95 % ДИ от {lo} до {hi}; p = {p}; {se_kind}; "
              "n = {n}).",
        "kk": "β3 = {b3}: {post} бастап «{outcome}» көрсеткіші қатысушыларда салыстыру тобына "
              "қарағанда {abs_b3} {direction} өзгерді (95 % СА: {lo} … {hi}; p = {p}; {se_kind}; "
              "n = {n}).",
    },
    "more": {"en": "more", "ru": "больше", "kk": "көбірек"},
    "less": {"en": "less", "ru": "меньше", "kk": "азырақ"},
    "classical": {"en": "classical standard errors", "ru": "классические стандартные ошибки",
                  "kk": "классикалық стандартты қателер"},
    "cluster": {"en": "standard errors clustered by unit",
                "ru": "стандартные ошибки, кластеризованные по единицам",
                "kk": "бірліктер бойынша кластерленген стандартты қателер"},
    "significant": {
        "en": "The difference is statistically significant at the 5 % level.",
        "ru": "Различие статистически значимо на уровне 5 %.",
        "kk": "Айырмашылық 5 % деңгейінде статистикалық тұрғыдан маңызды.",
    },
    "not_significant": {
        "en": "The difference is not statistically significant at the 5 % level: the data are "
              "consistent with no effect.",
        "ru": "Различие статистически незначимо на уровне 5 %: данные не противоречат отсутствию "
              "эффекта.",
        "kk": "Айырмашылық 5 % деңгейінде статистикалық тұрғыдан маңызды емес: деректер әсердің "
              "болмауына қайшы келмейді.",
    },
    "parallel": {
        "en": "This is the programme's effect only if, without it, both groups would have changed "
              "in parallel (the parallel-trends assumption) and nothing else changed for one group "
              "only at the same time. Check the pre-trend chart: before {post} the two lines should "
              "run side by side.",
        "ru": "Это эффект программы, только если без неё обе группы менялись бы параллельно "
              "(допущение о параллельных трендах) и в то же время ничто другое не изменилось лишь "
              "для одной группы. Проверьте график предварительных трендов: до {post} линии должны "
              "идти параллельно.",
        "kk": "Бұл бағдарламаның әсері болып саналады, тек егер онсыз екі топ та параллель өзгерсе "
              "(параллель трендтер болжамы) және сол уақытта тек бір топ үшін басқа ештеңе "
              "өзгермесе. Алдын ала трендтер графигін тексеріңіз: {post} дейін екі сызық қатар "
              "жүруі керек.",
    },
    "few_clusters": {
        "en": "Only {g} units: cluster-robust standard errors are unreliable with fewer than about "
              "{few} clusters and tend to be too small; read the p-value with caution.",
        "ru": "Всего {g} единиц: кластеризованные стандартные ошибки ненадёжны, когда кластеров "
              "меньше примерно {few}, и обычно занижены; осторожно трактуйте p-значение.",
        "kk": "Барлығы {g} бірлік: кластерлер шамамен {few}-дан аз болғанда кластерленген "
              "стандартты қателер сенімсіз және әдетте тым кіші; p-мәнін сақтықпен түсіндіріңіз.",
    },
    "classical_ignores_clustering": {
        "en": "Classical standard errors treat every unit-period as independent; repeated "
              "measurements of the same unit are usually correlated, so they can overstate "
              "precision. Prefer cluster-robust ones when there are enough units.",
        "ru": "Классические стандартные ошибки считают все наблюдения независимыми; повторные "
              "измерения одной единицы обычно коррелированы, поэтому точность может быть "
              "завышена. При достаточном числе единиц используйте кластеризованные ошибки.",
        "kk": "Классикалық стандартты қателер әр бақылауды тәуелсіз деп санайды; бір бірліктің "
              "қайталанған өлшемдері әдетте өзара байланысты, сондықтан дәлдік асыра бағалануы "
              "мүмкін. Бірліктер жеткілікті болса, кластерленген қателерді қолданыңыз.",
    },
    "pretrends_differ": {
        "en": "Warning: before {post} the treated and comparison units already moved differently "
              "(slope difference p = {pp}); the parallel-trends assumption is doubtful.",
        "ru": "Внимание: до {post} участники и группа сравнения уже менялись по-разному (разница "
              "наклонов, p = {pp}); допущение о параллельных трендах сомнительно.",
        "kk": "Назар аударыңыз: {post} дейін қатысушылар мен салыстыру тобы әртүрлі өзгерген "
              "(еңістер айырмасы, p = {pp}); параллель трендтер болжамы күмәнді.",
    },
    "single_pre_period": {
        "en": "There is only one period before {post}, so parallel trends cannot be checked.",
        "ru": "До {post} есть только один период, поэтому параллельность трендов проверить нельзя.",
        "kk": "{post} дейін тек бір кезең бар, сондықтан трендтердің параллельдігін тексеру мүмкін "
              "емес.",
    },
}
