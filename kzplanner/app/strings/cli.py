"""UI strings (en/ru/kk) of the command line's own text (issue 20: one language per run):
comparison, stored-scenario maps, the check report's layout notes; merged into strings.STRINGS."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "cmp.intro_text": {"en": "Differences (Δ) are against “{base}”.",
                       "ru": "Разница (Δ) — относительно сценария «{base}».",
                       "kk": "Айырма (Δ) «{base}» сценарийімен салыстырғанда."},
    "cli.map_scenario_title": {"en": "{indicator} — scenario “{name}”",
                               "ru": "{indicator} — сценарий «{name}»",
                               "kk": "{indicator} — «{name}» сценарийі"},
}

STRINGS.update({
    # `kzplanner evaluate did|corr`
    "ev.did_title": {
        "en": "Difference-in-differences: {outcome} = α + β1·Post + β2·Treated + β3·Post·Treated "
              "(Post: {time} ≥ {post})",
        "ru": "Разность разностей: {outcome} = α + β1·После + β2·Участники + β3·После·Участники "
              "(После: {time} ≥ {post})",
        "kk": "Айырмалар айырмасы: {outcome} = α + β1·Кейін + β2·Қатысушылар + "
              "β3·Кейін·Қатысушылар (Кейін: {time} ≥ {post})"},
    "ev.did_counts": {
        "en": "n = {n}, units = {units} (treated {treated}, comparison {comparison}), {se}, "
              "R² = {r2}",
        "ru": "n = {n}, единиц = {units} (участники {treated}, сравнение {comparison}), {se}, "
              "R² = {r2}",
        "kk": "n = {n}, бірліктер = {units} (қатысушылар {treated}, салыстыру {comparison}), {se}, "
              "R² = {r2}"},
    "ev.se_classical": {"en": "classical standard errors", "ru": "классические стандартные ошибки",
                        "kk": "классикалық стандартты қателер"},
    "ev.se_cluster": {"en": "standard errors clustered by unit",
                      "ru": "стандартные ошибки, кластеризованные по единицам",
                      "kk": "бірліктер бойынша кластерленген стандартты қателер"},
    "ev.term": {"en": "Term", "ru": "Член модели", "kk": "Модель мүшесі"},
    "ev.coef": {"en": "Coefficient", "ru": "Коэффициент", "kk": "Коэффициент"},
    "ev.se": {"en": "Std. error", "ru": "Ст. ошибка", "kk": "Ст. қате"},
    "ev.ci": {"en": "95 % confidence interval", "ru": "95 % доверительный интервал",
              "kk": "95 % сенімділік аралығы"},
    "ev.cell_means": {"en": "Group means", "ru": "Средние по группам", "kk": "Топтардың орташасы"},
    "ev.before": {"en": "before", "ru": "до", "kk": "дейін"},
    "ev.after": {"en": "after", "ru": "после", "kk": "кейін"},
    "ev.group_comparison": {"en": "comparison", "ru": "сравнение", "kk": "салыстыру"},
    "ev.group_treated": {"en": "treated", "ru": "участники", "kk": "қатысушылар"},
    "ev.corr_pearson": {"en": "Pearson correlations (pairwise-complete rows)",
                        "ru": "Корреляции Пирсона (попарно полные строки)",
                        "kk": "Пирсон корреляциялары (жұп бойынша толық жолдар)"},
    "ev.corr_spearman": {"en": "Spearman correlations (pairwise-complete rows)",
                         "ru": "Корреляции Спирмена (попарно полные строки)",
                         "kk": "Спирмен корреляциялары (жұп бойынша толық жолдар)"},
    "ev.p_value": {"en": "p-value", "ru": "p-значение", "kk": "p-мәні"},
})

STRINGS.update({
    # `kzplanner plan --sweep`: the impact-versus-budget curve
    "sweep.budget": {"en": "Budget", "ru": "Бюджет", "kk": "Бюджет"},
    "sweep.spent": {"en": "Spent", "ru": "Израсходовано", "kk": "Жұмсалды"},
    "sweep.people_device": {"en": "New with a device, people",
                            "ru": "Впервые с устройством, чел.",
                            "kk": "Құрылғыны алғаш алатындар, адам"},
    "sweep.people_internet": {"en": "New with home internet",
                              "ru": "Впервые с домашним интернетом",
                              "kk": "Үй интернетін алғаш алатындар"},
    "sweep.people_institutional": {"en": "Served by connected institutions, people",
                                   "ru": "Обслуживаются подключёнными учреждениями, чел.",
                                   "kk": "Қосылған мекемелер қызмет көрсететіндер, адам"},
    "sweep.institutions": {"en": "Institutions connected", "ru": "Подключено учреждений",
                           "kk": "Қосылған мекемелер"},
    "sweep.objective": {"en": "Gap reduction, person-points",
                        "ru": "Сокращение разрыва, человеко-пункты",
                        "kk": "Алшақтықтың азаюы, адам-пункт"},
    "sweep.combined_gap_after": {"en": "Combined gap after", "ru": "Сводный разрыв после",
                                 "kk": "Жиынтық алшақтық кейін"},
})

STRINGS.update({
    # the command line's own refusals (argparse's messages, said in the run's language)
    "args.choice": {"en": "option {option}: “{value}” is not one of {choices}",
                    "ru": "параметр {option}: «{value}» — не одно из значений {choices}",
                    "kk": "{option} параметрі: «{value}» — {choices} мәндерінің бірі емес"},
    "args.required": {"en": "these options are required: {options}",
                      "ru": "эти параметры обязательны: {options}",
                      "kk": "мына параметрлер міндетті: {options}"},
    "args.unknown": {"en": "options not understood: {options}",
                     "ru": "непонятные параметры: {options}",
                     "kk": "түсініксіз параметрлер: {options}"},
    "args.one_value": {"en": "option {option} needs a value",
                       "ru": "параметру {option} нужно значение",
                       "kk": "{option} параметріне мән керек"},
    "args.bad_value": {"en": "option {option}: “{value}” is not a number",
                       "ru": "параметр {option}: «{value}» — не число",
                       "kk": "{option} параметрі: «{value}» — сан емес"},
    "args.other": {"en": "the command line is not understood ({detail})",
                   "ru": "командная строка не понята ({detail})",
                   "kk": "команда жолы түсінілмеді ({detail})"},
    "args.help": {"en": "see: kzplanner {command} --help", "ru": "справка: kzplanner {command} --help",
                  "kk": "анықтама: kzplanner {command} --help"},
})

STRINGS.update({
    # the terminal's progress line (TerminalFeedback) names stages as the window does
    # (strings stage.* of window_main and map); the one stage only the CLI reports:
    "stage.written": {"en": "workbook written", "ru": "файл записан", "kk": "файл жазылды"},
})

STRINGS.update({
    # `kzplanner coverage` (issue #17)
    "cov.placed": {
        "en": "Settlements placed: {placed} (population estimated for {estimated}); outside "
              "every unit, not used: {outside}",
        "ru": "Размещено населённых пунктов: {placed} (население оценено для {estimated}); вне "
              "всех единиц, не учтены: {outside}",
        "kk": "Орналастырылған елді мекендер: {placed} (халқы бағаланғаны {estimated}); барлық "
              "бірліктен тыс, есепке алынбады: {outside}"},
    "cov.type_line": {
        "en": "{type}, within {km} km: covered {covered} people; not covered {not_covered} "
              "people in {villages} settlements",
        "ru": "{type}, в пределах {km} км: охвачено {covered} чел.; не охвачено {not_covered} "
              "чел. в {villages} населённых пунктах",
        "kk": "{type}, {km} км ішінде: {covered} адам қамтылған; {villages} елді мекендегі "
              "{not_covered} адам қамтылмаған"},
})

STRINGS.update({
    # `kzplanner plan --settlements`: the coverage the kits reach
    "cov.layer": {"en": "Settlement layer", "ru": "Слой населённых пунктов",
                  "kk": "Елді мекендер қабаты"},
    "cov.layer_sample": {
        "en": "{file}: the sample's illustrative layer, as the window opens the sample "
              "(--no-settlements: without it)",
        "ru": "{file}: иллюстративный слой примера, как окно открывает пример "
              "(--no-settlements — без него)",
        "kk": "{file}: үлгінің иллюстрациялық қабаты, терезе үлгіні солай ашады "
              "(--no-settlements — онсыз)"},
    "cov.layer_file": {"en": "{file}", "ru": "{file}", "kk": "{file}"},
    "cov.plan_name": {"en": "{type} within {km} km, people covered",
                      "ru": "{type} в пределах {km} км, охвачено людей",
                      "kk": "{type}, {km} км ішінде, қамтылған адамдар"},
    "cov.plan_value": {"en": "{before} → {after} ({villages} settlements newly covered)",
                       "ru": "{before} → {after} (впервые охвачено населённых пунктов: {villages})",
                       "kk": "{before} → {after} (жаңадан қамтылған елді мекендер: {villages})"},
})
