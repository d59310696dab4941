<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
    <context>
        <name>about.component</name>
        <message>
            <source>Component</source>
            <translation>Компонент</translation>
        </message>
    </context>
    <context>
        <name>about.copy</name>
        <message>
            <source>Copy details</source>
            <translation>Копировать сведения</translation>
        </message>
    </context>
    <context>
        <name>about.data</name>
        <message>
            <source>Data and attributions</source>
            <translation>Данные и источники</translation>
        </message>
    </context>
    <context>
        <name>about.illustrative</name>
        <message>
            <source>illustrative</source>
            <translation>иллюстративные</translation>
        </message>
    </context>
    <context>
        <name>about.kind.boundaries</name>
        <message>
            <source>Boundaries</source>
            <translation>Границы</translation>
        </message>
    </context>
    <context>
        <name>about.kind.institutions</name>
        <message>
            <source>Institution register</source>
            <translation>Реестр учреждений</translation>
        </message>
    </context>
    <context>
        <name>about.kind.statistics</name>
        <message>
            <source>Statistics</source>
            <translation>Статистика</translation>
        </message>
    </context>
    <context>
        <name>about.licence</name>
        <message>
            <source>Licence</source>
            <translation>Лицензия</translation>
        </message>
    </context>
    <context>
        <name>about.licences</name>
        <message>
            <source>Licences</source>
            <translation>Лицензии</translation>
        </message>
    </context>
    <context>
        <name>about.loaded</name>
        <message>
            <source>Loaded now:</source>
            <translation>Загружено сейчас:</translation>
        </message>
    </context>
    <context>
        <name>about.natural_earth</name>
        <message>
            <source>Bundled boundaries: geokz (A. Rodionov), CC BY 4.0, github.com/arodionoff/geokz — oblasts and districts of 2024 (default) and of 2018; for statistics from before 2018, Made with Natural Earth (naturalearthdata.com, public domain).</source>
            <translation>Встроенные границы: geokz (A. Rodionov), CC BY 4.0, github.com/arodionoff/geokz — области и районы 2024 года (по умолчанию) и 2018 года; для статистики до 2018 года — Made with Natural Earth (naturalearthdata.com, общественное достояние).</translation>
        </message>
    </context>
    <context>
        <name>about.privacy</name>
        <message>
            <source>No telemetry: KZ Planner never connects to the internet. The log stays on this computer: {log}</source>
            <translation>Без телеметрии: KZ Planner не подключается к интернету. Журнал хранится только на этом компьютере: {log}</translation>
        </message>
    </context>
    <context>
        <name>about.sample_note</name>
        <message>
            <source>The bundled sample data are illustrative, not official statistics.</source>
            <translation>Встроенные данные — иллюстративный пример, не официальная статистика.</translation>
        </message>
    </context>
    <context>
        <name>about.settings</name>
        <message>
            <source>Settings file: {file}</source>
            <translation>Файл настроек: {file}</translation>
        </message>
    </context>
    <context>
        <name>about.summary</name>
        <message>
            <source>Offline planning of institutional digital access (schools, FAPs, PSCs) and voucher budgets for Kazakhstan’s regions.</source>
            <translation>Офлайн-планирование институционального цифрового доступа (школы, ФАПы, ЦОНы) и бюджета ваучеров для регионов Казахстана.</translation>
        </message>
    </context>
    <context>
        <name>about.text</name>
        <message>
            <source>&lt;h3&gt;KZ Planner {version}&lt;/h3&gt;&lt;p&gt;Offline planning of institutional digital access (schools, FAPs, PSCs) and voucher budgets for Kazakhstan’s regions.&lt;/p&gt;&lt;p&gt;Boundaries: geokz (A. Rodionov), CC BY 4.0 — today’s oblasts and districts (2024). Official figures: Bureau of National Statistics (stat.gov.kz).&lt;/p&gt;&lt;p&gt;&lt;b&gt;The bundled sample data are illustrative, not official statistics.&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;h3&gt;KZ Planner {version}&lt;/h3&gt;&lt;p&gt;Офлайн-планирование институционального цифрового доступа (школы, ФАПы, ЦОНы) и бюджета ваучеров для регионов Казахстана.&lt;/p&gt;&lt;p&gt;Границы: geokz (A. Rodionov), CC BY 4.0 — нынешние области и районы (2024). Официальные показатели: Бюро национальной статистики (stat.gov.kz).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Встроенные данные — иллюстративный пример, не официальная статистика.&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>about.title</name>
        <message>
            <source>About KZ Planner</source>
            <translation>О программе KZ Planner</translation>
        </message>
    </context>
    <context>
        <name>about.version</name>
        <message>
            <source>Version</source>
            <translation>Версия</translation>
        </message>
    </context>
    <context>
        <name>about.versions</name>
        <message>
            <source>Versions</source>
            <translation>Версии</translation>
        </message>
    </context>
    <context>
        <name>act.about</name>
        <message>
            <source>&amp;About KZ Planner</source>
            <translation>&amp;О программе KZ Planner</translation>
        </message>
    </context>
    <context>
        <name>act.charts</name>
        <message>
            <source>&amp;Charts</source>
            <translation>&amp;Графики</translation>
        </message>
    </context>
    <context>
        <name>act.copy_diagnostics</name>
        <message>
            <source>Copy &amp;diagnostics</source>
            <translation>Копировать &amp;диагностику</translation>
        </message>
    </context>
    <context>
        <name>act.export</name>
        <message>
            <source>&amp;Export plan to Excel…</source>
            <translation>&amp;Экспорт плана в Excel…</translation>
        </message>
    </context>
    <context>
        <name>act.fit</name>
        <message>
            <source>&amp;Fit map</source>
            <translation>&amp;Вся карта</translation>
        </message>
    </context>
    <context>
        <name>act.getting_started</name>
        <message>
            <source>&amp;Getting started</source>
            <translation>&amp;Начало работы</translation>
        </message>
    </context>
    <context>
        <name>act.load_boundaries</name>
        <message>
            <source>Load &amp;boundaries…</source>
            <translation>Загрузить &amp;границы…</translation>
        </message>
    </context>
    <context>
        <name>act.load_statistics</name>
        <message>
            <source>Load &amp;statistics…</source>
            <translation>Загрузить &amp;статистику…</translation>
        </message>
    </context>
    <context>
        <name>act.open_log_folder</name>
        <message>
            <source>Open &amp;log folder</source>
            <translation>Открыть папку &amp;журнала</translation>
        </message>
    </context>
    <context>
        <name>act.print_map</name>
        <message>
            <source>Export &amp;map as PNG/PDF…</source>
            <translation>Экспорт &amp;карты в PNG/PDF…</translation>
        </message>
    </context>
    <context>
        <name>act.quit</name>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
    </context>
    <context>
        <name>act.run</name>
        <message>
            <source>&amp;Run plan</source>
            <translation>&amp;Рассчитать план</translation>
        </message>
    </context>
    <context>
        <name>act.user_guide</name>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Руководство пользователя</translation>
        </message>
    </context>
    <context>
        <name>alloc.auto</name>
        <message>
            <source>Re-plan automatically</source>
            <translation>Пересчитывать автоматически</translation>
        </message>
    </context>
    <context>
        <name>alloc.budget</name>
        <message>
            <source>Budget</source>
            <translation>Бюджет</translation>
        </message>
    </context>
    <context>
        <name>alloc.busy</name>
        <message>
            <source>Planning…</source>
            <translation>Расчёт…</translation>
        </message>
    </context>
    <context>
        <name>alloc.env.device_voucher</name>
        <message>
            <source>devices</source>
            <translation>устройства</translation>
        </message>
    </context>
    <context>
        <name>alloc.env.internet_voucher</name>
        <message>
            <source>internet</source>
            <translation>интернет</translation>
        </message>
    </context>
    <context>
        <name>alloc.env.kit</name>
        <message>
            <source>kits</source>
            <translation>комплекты</translation>
        </message>
    </context>
    <context>
        <name>alloc.envelopes</name>
        <message>
            <source>Envelopes: {shares}</source>
            <translation>Конверты: {shares}</translation>
        </message>
    </context>
    <context>
        <name>alloc.envelopes_tip</name>
        <message>
            <source>Each programme gets a fixed share of the budget and spends it on its own measure only: kits on the people served by institutions newly with access, device vouchers on people newly with a device, internet vouchers on people or households newly with home internet. What one envelope leaves is reported, not moved. Change the shares in Parameters → Instruments.</source>
            <translation>Каждая программа получает фиксированную долю бюджета и тратит её только на свой показатель: комплекты — на население, обслуживаемое учреждениями, впервые получившими доступ, ваучеры на устройства — на людей, впервые получивших устройство, ваучеры на интернет — на людей или домохозяйства, впервые получивших домашний интернет. Остаток конверта показывается, а не переносится. Изменить доли: Параметры → Инструменты.</translation>
        </message>
    </context>
    <context>
        <name>alloc.equity</name>
        <message>
            <source>Priority to the worst-off</source>
            <translation>Приоритет отстающим</translation>
        </message>
    </context>
    <context>
        <name>alloc.equity_hint</name>
        <message>
            <source>0 = most people reached; higher = more to the worst-off units</source>
            <translation>0 — охватить больше всего людей; выше — больше худшим территориям</translation>
        </message>
    </context>
    <context>
        <name>alloc.equity_tip</name>
        <message>
            <source>How much more the budget favours the units with the largest access gaps. 0: reach as many people as possible wherever they live; 1 and more: a person in a lagging unit counts more than one in a well-served unit. (In exported plans: equity weight λ.)</source>
            <translation>Насколько бюджет отдаёт предпочтение территориям с самым большим разрывом доступа. 0 — охватить как можно больше людей, где бы они ни жили; 1 и больше — житель отстающей территории весит больше жителя благополучной. (В выгрузках плана — вес справедливости λ.)</translation>
        </message>
    </context>
    <context>
        <name>alloc.exchange_rate</name>
        <message>
            <source>Exchange rate: {rate}</source>
            <translation>Курс: {rate}</translation>
        </message>
    </context>
    <context>
        <name>alloc.exchange_rate_tip</name>
        <message>
            <source>Maximum impact lowers the combined access-gap index the map shows, weighted by population. The index's weights — institutions, devices, internet — are the exchange rate between kits and vouchers. Change them in Parameters → Weights.</source>
            <translation>Максимальный эффект снижает сводный индекс разрыва доступа, который показывает карта, с весом по численности населения. Веса индекса — учреждения, устройства, интернет — это курс обмена между комплектами и ваучерами. Изменить: Параметры → Веса.</translation>
        </message>
    </context>
    <context>
        <name>alloc.out_of_date</name>
        <message>
            <source>Parameters changed — run the plan again</source>
            <translation>Параметры изменены — пересчитайте план</translation>
        </message>
    </context>
    <context>
        <name>alloc.rate.device</name>
        <message>
            <source>devices</source>
            <translation>устройства</translation>
        </message>
    </context>
    <context>
        <name>alloc.rate.institutional</name>
        <message>
            <source>institutions</source>
            <translation>учреждения</translation>
        </message>
    </context>
    <context>
        <name>alloc.rate.internet</name>
        <message>
            <source>internet</source>
            <translation>интернет</translation>
        </message>
    </context>
    <context>
        <name>alloc.run_tip</name>
        <message>
            <source>Run the plan (Ctrl+R)</source>
            <translation>Рассчитать план (Ctrl+R)</translation>
        </message>
    </context>
    <context>
        <name>alloc.strategy</name>
        <message>
            <source>Strategy</source>
            <translation>Стратегия</translation>
        </message>
    </context>
    <context>
        <name>alloc.title</name>
        <message>
            <source>Allocation</source>
            <translation>Распределение бюджета</translation>
        </message>
    </context>
    <context>
        <name>alloc.up_to_date</name>
        <message>
            <source>Plan is up to date</source>
            <translation>План актуален</translation>
        </message>
    </context>
    <context>
        <name>app.subtitle</name>
        <message>
            <source>institutional digital access and voucher budgets</source>
            <translation>институциональный цифровой доступ и бюджет ваучеров</translation>
        </message>
    </context>
    <context>
        <name>app.title</name>
        <message>
            <source>KZ Planner</source>
            <translation>KZ Planner</translation>
        </message>
    </context>
    <context>
        <name>args.bad_value</name>
        <message>
            <source>option {option}: “{value}” is not a number</source>
            <translation>параметр {option}: «{value}» — не число</translation>
        </message>
    </context>
    <context>
        <name>args.choice</name>
        <message>
            <source>option {option}: “{value}” is not one of {choices}</source>
            <translation>параметр {option}: «{value}» — не одно из значений {choices}</translation>
        </message>
    </context>
    <context>
        <name>args.help</name>
        <message>
            <source>see: kzplanner {command} --help</source>
            <translation>справка: kzplanner {command} --help</translation>
        </message>
    </context>
    <context>
        <name>args.one_value</name>
        <message>
            <source>option {option} needs a value</source>
            <translation>параметру {option} нужно значение</translation>
        </message>
    </context>
    <context>
        <name>args.other</name>
        <message>
            <source>the command line is not understood ({detail})</source>
            <translation>командная строка не понята ({detail})</translation>
        </message>
    </context>
    <context>
        <name>args.required</name>
        <message>
            <source>these options are required: {options}</source>
            <translation>эти параметры обязательны: {options}</translation>
        </message>
    </context>
    <context>
        <name>args.unknown</name>
        <message>
            <source>options not understood: {options}</source>
            <translation>непонятные параметры: {options}</translation>
        </message>
    </context>
    <context>
        <name>banner.doubts</name>
        <message>
            <source>The figures below are in doubt: {n} checks of the statistics failed — {first}</source>
            <translation>Цифры ниже под сомнением: не прошли проверок статистики: {n} — {first}</translation>
        </message>
    </context>
    <context>
        <name>banner.illustrative</name>
        <message>
            <source>Illustrative sample data — not official statistics</source>
            <translation>Иллюстративные данные — не официальная статистика</translation>
        </message>
    </context>
    <context>
        <name>banner.load_current</name>
        <message>
            <source>Load current boundaries…</source>
            <translation>Загрузить актуальные границы…</translation>
        </message>
    </context>
    <context>
        <name>banner.map_columns</name>
        <message>
            <source>Map columns…</source>
            <translation>Сопоставить столбцы…</translation>
        </message>
    </context>
    <context>
        <name>banner.missing</name>
        <message>
            <source>These statistics lack {what}: without them the map's gaps and the plan cannot be computed. Load statistics that have them, or map this workbook's columns.</source>
            <translation>В этой статистике нет: {what}. Без них разрывы на карте и план не рассчитать. Загрузите статистику, где они есть, или сопоставьте столбцы этой книги.</translation>
        </message>
    </context>
    <context>
        <name>banner.open_check</name>
        <message>
            <source>Open the check…</source>
            <translation>Открыть проверку…</translation>
        </message>
    </context>
    <context>
        <name>banner.predate</name>
        <message>
            <source>These boundaries predate 2018 (no Abay, Zhetysu, Ulytau; South Kazakhstan instead of Turkistan and Shymkent).</source>
            <translation>Эти границы — до 2018 года (нет Абайской, Жетысуской, Улытауской областей; Южно-Казахстанская вместо Туркестанской области и Шымкента).</translation>
        </message>
    </context>
    <context>
        <name>charts.after</name>
        <message>
            <source>after</source>
            <translation>после</translation>
        </message>
    </context>
    <context>
        <name>charts.before</name>
        <message>
            <source>before</source>
            <translation>до</translation>
        </message>
    </context>
    <context>
        <name>charts.budget_axis</name>
        <message>
            <source>Budget, bn ₸</source>
            <translation>Бюджет, млрд ₸</translation>
        </message>
    </context>
    <context>
        <name>charts.by_group</name>
        <message>
            <source>By group (vouchers)</source>
            <translation>По группам (ваучеры)</translation>
        </message>
    </context>
    <context>
        <name>charts.by_instrument</name>
        <message>
            <source>By instrument</source>
            <translation>По инструментам</translation>
        </message>
    </context>
    <context>
        <name>charts.computing</name>
        <message>
            <source>Computing the curve…</source>
            <translation>Расчёт кривой…</translation>
        </message>
    </context>
    <context>
        <name>charts.current_budget</name>
        <message>
            <source>current budget</source>
            <translation>текущий бюджет</translation>
        </message>
    </context>
    <context>
        <name>charts.curve</name>
        <message>
            <source>Impact vs budget</source>
            <translation>Эффект и бюджет</translation>
        </message>
    </context>
    <context>
        <name>charts.curve_title</name>
        <message>
            <source>Combined access gap after the plan, by budget</source>
            <translation>Сводный разрыв доступа после плана — в зависимости от бюджета</translation>
        </message>
    </context>
    <context>
        <name>charts.gap</name>
        <message>
            <source>Gap by unit</source>
            <translation>Разрыв по территориям</translation>
        </message>
    </context>
    <context>
        <name>charts.gap_axis</name>
        <message>
            <source>index 0–100</source>
            <translation>индекс 0–100</translation>
        </message>
    </context>
    <context>
        <name>charts.hint</name>
        <message>
            <source>Click a bar to select; Ctrl+click adds; Shift+click selects a range.</source>
            <translation>Щелчок по столбцу — выбор; Ctrl+щелчок — добавить; Shift+щелчок — диапазон.</translation>
        </message>
    </context>
    <context>
        <name>charts.key_after</name>
        <message>
            <source>after the plan</source>
            <translation>после плана</translation>
        </message>
    </context>
    <context>
        <name>charts.key_before</name>
        <message>
            <source>before the plan</source>
            <translation>до плана</translation>
        </message>
    </context>
    <context>
        <name>charts.mix</name>
        <message>
            <source>Instruments and groups</source>
            <translation>Инструменты и группы</translation>
        </message>
    </context>
    <context>
        <name>charts.mix_hint</name>
        <message>
            <source>Click a bar to select the units that received it.</source>
            <translation>Щелчок по столбцу выбирает территории, которые его получили.</translation>
        </message>
    </context>
    <context>
        <name>charts.no_plan</name>
        <message>
            <source>Run a plan to see this chart.</source>
            <translation>Рассчитайте план, чтобы увидеть этот график.</translation>
        </message>
    </context>
    <context>
        <name>charts.reported</name>
        <message>
            <source>reported {year}</source>
            <translation>отчёт {year}</translation>
        </message>
    </context>
    <context>
        <name>charts.selection_only</name>
        <message>
            <source>Selected units only</source>
            <translation>Только выбранные территории</translation>
        </message>
    </context>
    <context>
        <name>charts.spent_axis</name>
        <message>
            <source>Spending, mln ₸</source>
            <translation>Расходы, млн ₸</translation>
        </message>
    </context>
    <context>
        <name>charts.target</name>
        <message>
            <source>target {year}</source>
            <translation>цель {year}</translation>
        </message>
    </context>
    <context>
        <name>charts.title</name>
        <message>
            <source>Charts</source>
            <translation>Графики</translation>
        </message>
    </context>
    <context>
        <name>cli.map_scenario_title</name>
        <message>
            <source>{indicator} — scenario “{name}”</source>
            <translation>{indicator} — сценарий «{name}»</translation>
        </message>
    </context>
    <context>
        <name>cli.settlements_missing_file</name>
        <message>
            <source>the settlement file {file} is not found</source>
            <translation>файл населённых пунктов {file} не найден</translation>
        </message>
    </context>
    <context>
        <name>cli.settlements_not_used</name>
        <message>
            <source>{error}; the project's settlements are not used in this run (FAP and PSC kits are valued without them); its record stays in the project.</source>
            <translation>{error}; населённые пункты проекта в этом запуске не используются (комплекты ФАП и ЦОН оцениваются без них); запись о них остаётся в проекте.</translation>
        </message>
    </context>
    <context>
        <name>cmp.computing</name>
        <message>
            <source>Computing…</source>
            <translation>Расчёт…</translation>
        </message>
    </context>
    <context>
        <name>cmp.delta</name>
        <message>
            <source>Δ {name}</source>
            <translation>Δ {name}</translation>
        </message>
    </context>
    <context>
        <name>cmp.figure</name>
        <message>
            <source>Figure</source>
            <translation>Показатель</translation>
        </message>
    </context>
    <context>
        <name>cmp.gap_after</name>
        <message>
            <source>Gap after, {name}</source>
            <translation>Разрыв после, {name}</translation>
        </message>
    </context>
    <context>
        <name>cmp.gap_delta</name>
        <message>
            <source>Δ gap, {name}</source>
            <translation>Δ разрыва, {name}</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_budget</name>
        <message>
            <source>Budget</source>
            <translation>Бюджет</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_combined_gap_after</name>
        <message>
            <source>Combined gap after</source>
            <translation>Сводный разрыв после</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_combined_gap_before</name>
        <message>
            <source>Combined gap before</source>
            <translation>Сводный разрыв до</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_gini_after</name>
        <message>
            <source>Inequality between units (Gini) after</source>
            <translation>Неравенство между единицами (Джини) после</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_institutions_connected</name>
        <message>
            <source>Institutions newly with access</source>
            <translation>Учреждения, впервые получившие доступ</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_kzt_per_device</name>
        <message>
            <source>… ₸ per person with a device</source>
            <translation>… ₸ на человека с устройством</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_kzt_per_institution</name>
        <message>
            <source>… ₸ per institution connected</source>
            <translation>… ₸ на подключённое учреждение</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_kzt_per_internet</name>
        <message>
            <source>… ₸ per one newly with home internet</source>
            <translation>… ₸ на одного, впервые получившего домашний интернет</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_newly_with_device</name>
        <message>
            <source>People newly with a device</source>
            <translation>Впервые получат устройство, чел.</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_newly_with_internet</name>
        <message>
            <source>Newly with home internet, {unit}</source>
            <translation>Впервые получат домашний интернет, {unit}</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_people_served_by_kits</name>
        <message>
            <source>… people they serve</source>
            <translation>… обслуживаемое ими население</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_people_served_by_kits.summed</name>
        <message>
            <source>… people they serve, counted at each type</source>
            <translation>… обслуживаемое ими население (учтено в каждом типе)</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_spent</name>
        <message>
            <source>Spent</source>
            <translation>Израсходовано</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_unspent</name>
        <message>
            <source>Unspent</source>
            <translation>Не израсходовано</translation>
        </message>
    </context>
    <context>
        <name>cmp.intro</name>
        <message>
            <source>Differences (Δ) are against “{base}”. Green is better, red worse.</source>
            <translation>Разница (Δ) — относительно «{base}». Зелёный — лучше, красный — хуже.</translation>
        </message>
    </context>
    <context>
        <name>cmp.intro_text</name>
        <message>
            <source>Differences (Δ) are against “{base}”.</source>
            <translation>Разница (Δ) — относительно сценария «{base}».</translation>
        </message>
    </context>
    <context>
        <name>cmp.map_subtitle</name>
        <message>
            <source>Combined access gap after the plan: {name} minus {base}, points (negative: {name} leaves a smaller gap)</source>
            <translation>Сводный разрыв доступа после плана: {name} минус {base}, п. п. (меньше нуля — при «{name}» разрыв меньше)</translation>
        </message>
    </context>
    <context>
        <name>cmp.map_title</name>
        <message>
            <source>{name} compared with {base}</source>
            <translation>{name} в сравнении с {base}</translation>
        </message>
    </context>
    <context>
        <name>cmp.spent</name>
        <message>
            <source>Spent, {name}</source>
            <translation>Расходы, {name}</translation>
        </message>
    </context>
    <context>
        <name>cmp.tab_headlines</name>
        <message>
            <source>Headline figures</source>
            <translation>Основные показатели</translation>
        </message>
    </context>
    <context>
        <name>cmp.tab_map</name>
        <message>
            <source>Difference map: {name}</source>
            <translation>Карта разницы: {name}</translation>
        </message>
    </context>
    <context>
        <name>cmp.tab_side</name>
        <message>
            <source>Side by side: {a} | {b}</source>
            <translation>Рядом: {a} | {b}</translation>
        </message>
    </context>
    <context>
        <name>cmp.tab_units</name>
        <message>
            <source>Units by difference</source>
            <translation>Единицы по разнице</translation>
        </message>
    </context>
    <context>
        <name>cmp.title</name>
        <message>
            <source>Compare scenarios</source>
            <translation>Сравнение сценариев</translation>
        </message>
    </context>
    <context>
        <name>cmp.unit</name>
        <message>
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
    </context>
    <context>
        <name>col.component_tip</name>
        <message>
            <source>After the plan (before it, while no plan has been run). Hover a cell for before → after.</source>
            <translation>После плана (до него, пока план не рассчитан). Наведите на ячейку: до → после.</translation>
        </message>
    </context>
    <context>
        <name>col.device</name>
        <message>
            <source>Device
gap</source>
            <translation>Разрыв:
устройства</translation>
        </message>
    </context>
    <context>
        <name>col.gap_after</name>
        <message>
            <source>Combined
gap, after</source>
            <translation>Сводный
разрыв, после</translation>
        </message>
    </context>
    <context>
        <name>col.gap_before</name>
        <message>
            <source>Combined
gap, before</source>
            <translation>Сводный
разрыв, до</translation>
        </message>
    </context>
    <context>
        <name>col.gap_change</name>
        <message>
            <source>Change
pp</source>
            <translation>Изменение
п. п.</translation>
        </message>
    </context>
    <context>
        <name>col.institutional</name>
        <message>
            <source>Institutional
gap</source>
            <translation>Институц.
разрыв</translation>
        </message>
    </context>
    <context>
        <name>col.institutions_connected</name>
        <message>
            <source>Institutions
connected</source>
            <translation>Подключено
учреждений</translation>
        </message>
    </context>
    <context>
        <name>col.internet</name>
        <message>
            <source>Internet
gap</source>
            <translation>Разрыв:
интернет</translation>
        </message>
    </context>
    <context>
        <name>col.newly_device</name>
        <message>
            <source>New device
people</source>
            <translation>Устройство
впервые, чел.</translation>
        </message>
    </context>
    <context>
        <name>col.newly_internet</name>
        <message>
            <source>New home
internet</source>
            <translation>Домашний
интернет впервые</translation>
        </message>
    </context>
    <context>
        <name>col.population</name>
        <message>
            <source>Population</source>
            <translation>Население</translation>
        </message>
    </context>
    <context>
        <name>col.spent</name>
        <message>
            <source>Spent
₸</source>
            <translation>Расходы
₸</translation>
        </message>
    </context>
    <context>
        <name>col.unit</name>
        <message>
            <source>Unit</source>
            <translation>Территория</translation>
        </message>
    </context>
    <context>
        <name>cov.layer</name>
        <message>
            <source>Settlement layer</source>
            <translation>Слой населённых пунктов</translation>
        </message>
    </context>
    <context>
        <name>cov.layer_file</name>
        <message>
            <source>{file}</source>
            <translation>{file}</translation>
        </message>
    </context>
    <context>
        <name>cov.layer_sample</name>
        <message>
            <source>{file}: the sample's illustrative layer, as the window opens the sample (--no-settlements: without it)</source>
            <translation>{file}: иллюстративный слой примера, как окно открывает пример (--no-settlements — без него)</translation>
        </message>
    </context>
    <context>
        <name>cov.placed</name>
        <message>
            <source>Settlements placed: {placed} (population estimated for {estimated}); outside every unit, not used: {outside}</source>
            <translation>Размещено населённых пунктов: {placed} (население оценено для {estimated}); вне всех единиц, не учтены: {outside}</translation>
        </message>
    </context>
    <context>
        <name>cov.plan_name</name>
        <message>
            <source>{type} within {km} km, people covered</source>
            <translation>{type} в пределах {km} км, охвачено людей</translation>
        </message>
    </context>
    <context>
        <name>cov.plan_value</name>
        <message>
            <source>{before} → {after} ({villages} settlements newly covered)</source>
            <translation>{before} → {after} (впервые охвачено населённых пунктов: {villages})</translation>
        </message>
    </context>
    <context>
        <name>cov.type_line</name>
        <message>
            <source>{type}, within {km} km: covered {covered} people; not covered {not_covered} people in {villages} settlements</source>
            <translation>{type}, в пределах {km} км: охвачено {covered} чел.; не охвачено {not_covered} чел. в {villages} населённых пунктах</translation>
        </message>
    </context>
    <context>
        <name>data.act.actual</name>
        <message>
            <source>Actual</source>
            <translation>Факт</translation>
        </message>
    </context>
    <context>
        <name>data.act.chart_title</name>
        <message>
            <source>Actual − projected: {measure}</source>
            <translation>Факт − план: {measure}</translation>
        </message>
    </context>
    <context>
        <name>data.act.col_actual_rate</name>
        <message>
            <source>Actual</source>
            <translation>Фактическое</translation>
        </message>
    </context>
    <context>
        <name>data.act.col_code</name>
        <message>
            <source>Unit code</source>
            <translation>Код единицы</translation>
        </message>
    </context>
    <context>
        <name>data.act.col_contribution</name>
        <message>
            <source>Contribution</source>
            <translation>Вклад</translation>
        </message>
    </context>
    <context>
        <name>data.act.col_instrument</name>
        <message>
            <source>Instrument</source>
            <translation>Инструмент</translation>
        </message>
    </context>
    <context>
        <name>data.act.col_planned_rate</name>
        <message>
            <source>Planned</source>
            <translation>Плановое</translation>
        </message>
    </context>
    <context>
        <name>data.act.col_reason</name>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
    </context>
    <context>
        <name>data.act.col_unit</name>
        <message>
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
    </context>
    <context>
        <name>data.act.col_why</name>
        <message>
            <source>Explanation</source>
            <translation>Объяснение</translation>
        </message>
    </context>
    <context>
        <name>data.act.default_name</name>
        <message>
            <source>projected_vs_actual.xlsx</source>
            <translation>план_факт.xlsx</translation>
        </message>
    </context>
    <context>
        <name>data.act.difference</name>
        <message>
            <source>Difference</source>
            <translation>Разница</translation>
        </message>
    </context>
    <context>
        <name>data.act.difference_pct</name>
        <message>
            <source>Difference, %</source>
            <translation>Разница, %</translation>
        </message>
    </context>
    <context>
        <name>data.act.export</name>
        <message>
            <source>Export to Excel…</source>
            <translation>Экспорт в Excel…</translation>
        </message>
    </context>
    <context>
        <name>data.act.exported</name>
        <message>
            <source>Saved: {file}</source>
            <translation>Сохранено: {file}</translation>
        </message>
    </context>
    <context>
        <name>data.act.map_label</name>
        <message>
            <source>Actual − projected: {measure}</source>
            <translation>Факт − прогноз: {measure}</translation>
        </message>
    </context>
    <context>
        <name>data.act.measure</name>
        <message>
            <source>Measure:</source>
            <translation>Показатель:</translation>
        </message>
    </context>
    <context>
        <name>data.act.million</name>
        <message>
            <source>{v} M</source>
            <translation>{v} млн</translation>
        </message>
    </context>
    <context>
        <name>data.act.needs_plan</name>
        <message>
            <source>Run a plan first: the actuals are compared with its projection.</source>
            <translation>Сначала рассчитайте план: факт сравнивается с его прогнозом.</translation>
        </message>
    </context>
    <context>
        <name>data.act.no_difference</name>
        <message>
            <source>No unit differs from the plan</source>
            <translation>Расхождений с планом нет</translation>
        </message>
    </context>
    <context>
        <name>data.act.not_reported</name>
        <message>
            <source>{n} planned units sent no actuals</source>
            <translation>по {n} запланированным единицам нет факта</translation>
        </message>
    </context>
    <context>
        <name>data.act.pick</name>
        <message>
            <source>Actuals file</source>
            <translation>Файл с фактическими данными</translation>
        </message>
    </context>
    <context>
        <name>data.act.projected</name>
        <message>
            <source>Projected</source>
            <translation>План</translation>
        </message>
    </context>
    <context>
        <name>data.act.sheet_comparison</name>
        <message>
            <source>Projected vs actual</source>
            <translation>План и факт</translation>
        </message>
    </context>
    <context>
        <name>data.act.sheet_reasons</name>
        <message>
            <source>Reasons</source>
            <translation>Причины</translation>
        </message>
    </context>
    <context>
        <name>data.act.show_on_map</name>
        <message>
            <source>Show on the map</source>
            <translation>Показать на карте</translation>
        </message>
    </context>
    <context>
        <name>data.act.source</name>
        <message>
            <source>Actuals: {file} (sheet “{sheet}”)</source>
            <translation>Факт: {file} (лист «{sheet}»)</translation>
        </message>
    </context>
    <context>
        <name>data.act.tab_reasons</name>
        <message>
            <source>Why it differs</source>
            <translation>Причины расхождений</translation>
        </message>
    </context>
    <context>
        <name>data.act.tab_units</name>
        <message>
            <source>By unit</source>
            <translation>По единицам</translation>
        </message>
    </context>
    <context>
        <name>data.act.title</name>
        <message>
            <source>Projected versus actual</source>
            <translation>План и факт</translation>
        </message>
    </context>
    <context>
        <name>data.act.total</name>
        <message>
            <source>Total</source>
            <translation>Итого</translation>
        </message>
    </context>
    <context>
        <name>data.act.unmatched</name>
        <message>
            <source>{n} rows matched no unit: {names}</source>
            <translation>строк без единицы: {n}: {names}</translation>
        </message>
    </context>
    <context>
        <name>data.banner.missing</name>
        <message>
            <source>Still missing for the gaps and the plan — {items}</source>
            <translation>Для разрывов и плана ещё нет — {items}</translation>
        </message>
    </context>
    <context>
        <name>data.banner.recalculate</name>
        <message>
            <source>Recalculate</source>
            <translation>Пересчитать</translation>
        </message>
    </context>
    <context>
        <name>data.banner.replanning</name>
        <message>
            <source>The data changed: the plan is being recalculated…</source>
            <translation>Данные изменились: план пересчитывается…</translation>
        </message>
    </context>
    <context>
        <name>data.banner.stale</name>
        <message>
            <source>The data changed: the plan is out of date until it is recalculated.</source>
            <translation>Данные изменились: план устарел, пока его не пересчитают.</translation>
        </message>
    </context>
    <context>
        <name>data.block.all</name>
        <message>
            <source>All</source>
            <translation>Все</translation>
        </message>
    </context>
    <context>
        <name>data.block.rural</name>
        <message>
            <source>Rural</source>
            <translation>Сельская местность</translation>
        </message>
    </context>
    <context>
        <name>data.block.urban</name>
        <message>
            <source>Urban</source>
            <translation>Городская местность</translation>
        </message>
    </context>
    <context>
        <name>data.browse</name>
        <message>
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
    </context>
    <context>
        <name>data.cancel</name>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>data.close</name>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
    </context>
    <context>
        <name>data.eval.c_ci_high</name>
        <message>
            <source>to</source>
            <translation>до</translation>
        </message>
    </context>
    <context>
        <name>data.eval.c_ci_low</name>
        <message>
            <source>95 % CI from</source>
            <translation>95 % ДИ от</translation>
        </message>
    </context>
    <context>
        <name>data.eval.c_coef</name>
        <message>
            <source>Estimate</source>
            <translation>Оценка</translation>
        </message>
    </context>
    <context>
        <name>data.eval.c_p</name>
        <message>
            <source>p</source>
            <translation>p</translation>
        </message>
    </context>
    <context>
        <name>data.eval.c_se</name>
        <message>
            <source>SE</source>
            <translation>Ст. ошибка</translation>
        </message>
    </context>
    <context>
        <name>data.eval.c_t</name>
        <message>
            <source>t</source>
            <translation>t</translation>
        </message>
    </context>
    <context>
        <name>data.eval.cluster</name>
        <message>
            <source>Standard errors clustered by unit</source>
            <translation>Ошибки, кластеризованные по единицам</translation>
        </message>
    </context>
    <context>
        <name>data.eval.comparison</name>
        <message>
            <source>Comparison</source>
            <translation>Сравнение</translation>
        </message>
    </context>
    <context>
        <name>data.eval.corr_columns</name>
        <message>
            <source>Indicators:</source>
            <translation>Показатели:</translation>
        </message>
    </context>
    <context>
        <name>data.eval.corr_method</name>
        <message>
            <source>Method:</source>
            <translation>Метод:</translation>
        </message>
    </context>
    <context>
        <name>data.eval.corr_note</name>
        <message>
            <source>Each cell: r, two-sided p-value and n (rows where both have a value). A correlation is not an effect; trending yearly series correlate strongly whatever links them.</source>
            <translation>В ячейке: r, двусторонний p и n (строки, где есть оба значения). Корреляция — не эффект; годовые ряды с трендом сильно коррелируют независимо от связи.</translation>
        </message>
    </context>
    <context>
        <name>data.eval.corr_run</name>
        <message>
            <source>Compute</source>
            <translation>Рассчитать</translation>
        </message>
    </context>
    <context>
        <name>data.eval.corr_scope</name>
        <message>
            <source>Columns of:</source>
            <translation>Столбцы:</translation>
        </message>
    </context>
    <context>
        <name>data.eval.corr_two</name>
        <message>
            <source>Choose at least two indicators.</source>
            <translation>Выберите не менее двух показателей.</translation>
        </message>
    </context>
    <context>
        <name>data.eval.facts</name>
        <message>
            <source>n = {n}; units {units} (programme {treated}, comparison {comparison}); R² = {r2}; {se}. Means before → after: comparison {cb} → {ca}, programme {tb} → {ta}.</source>
            <translation>n = {n}; единиц {units} (участников {treated}, сравнения {comparison}); R² = {r2}; {se}. Средние до → после: сравнение {cb} → {ca}, участники {tb} → {ta}.</translation>
        </message>
    </context>
    <context>
        <name>data.eval.female</name>
        <message>
            <source>Women</source>
            <translation>Женщины</translation>
        </message>
    </context>
    <context>
        <name>data.eval.file</name>
        <message>
            <source>Panel file:</source>
            <translation>Файл панели:</translation>
        </message>
    </context>
    <context>
        <name>data.eval.gap</name>
        <message>
            <source>Gap</source>
            <translation>Разрыв</translation>
        </message>
    </context>
    <context>
        <name>data.eval.gender_indicator</name>
        <message>
            <source>Indicator:</source>
            <translation>Показатель:</translation>
        </message>
    </context>
    <context>
        <name>data.eval.gender_note</name>
        <message>
            <source>Gap = men − women (positive: men ahead).</source>
            <translation>Разрыв = мужчины − женщины (плюс: мужчины впереди).</translation>
        </message>
    </context>
    <context>
        <name>data.eval.gender_run</name>
        <message>
            <source>Show</source>
            <translation>Показать</translation>
        </message>
    </context>
    <context>
        <name>data.eval.gender_time</name>
        <message>
            <source>Period:</source>
            <translation>Период:</translation>
        </message>
    </context>
    <context>
        <name>data.eval.gender_title</name>
        <message>
            <source>{indicator}: women and men</source>
            <translation>{indicator}: женщины и мужчины</translation>
        </message>
    </context>
    <context>
        <name>data.eval.male</name>
        <message>
            <source>Men</source>
            <translation>Мужчины</translation>
        </message>
    </context>
    <context>
        <name>data.eval.map_none</name>
        <message>
            <source>None of the units selected on the map appear in column “{column}”.</source>
            <translation>Ни одна из выбранных на карте единиц не найдена в столбце «{column}».</translation>
        </message>
    </context>
    <context>
        <name>data.eval.no_pairs</name>
        <message>
            <source>This file has no female/male pairs of columns (x_female, x_male).</source>
            <translation>В файле нет пар столбцов по полу (x_female, x_male).</translation>
        </message>
    </context>
    <context>
        <name>data.eval.none_selected</name>
        <message>
            <source>nothing selected on the map</source>
            <translation>на карте ничего не выбрано</translation>
        </message>
    </context>
    <context>
        <name>data.eval.outcome</name>
        <message>
            <source>Outcome:</source>
            <translation>Результат:</translation>
        </message>
    </context>
    <context>
        <name>data.eval.pearson</name>
        <message>
            <source>Pearson</source>
            <translation>Пирсон</translation>
        </message>
    </context>
    <context>
        <name>data.eval.period</name>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
    </context>
    <context>
        <name>data.eval.pick</name>
        <message>
            <source>Panel: one row per unit and period</source>
            <translation>Панель: строка на единицу и период</translation>
        </message>
    </context>
    <context>
        <name>data.eval.post</name>
        <message>
            <source>Programme from:</source>
            <translation>Программа с:</translation>
        </message>
    </context>
    <context>
        <name>data.eval.pretrend_title</name>
        <message>
            <source>Mean “{outcome}” per period (dashed: programme start)</source>
            <translation>Среднее «{outcome}» по периодам (пунктир: начало программы)</translation>
        </message>
    </context>
    <context>
        <name>data.eval.read</name>
        <message>
            <source>{file} (sheet “{sheet}”): {columns} columns</source>
            <translation>{file} (лист «{sheet}»): столбцов {columns}</translation>
        </message>
    </context>
    <context>
        <name>data.eval.run</name>
        <message>
            <source>Estimate</source>
            <translation>Оценить</translation>
        </message>
    </context>
    <context>
        <name>data.eval.running</name>
        <message>
            <source>Estimating…</source>
            <translation>Оценка…</translation>
        </message>
    </context>
    <context>
        <name>data.eval.scope_all</name>
        <message>
            <source>all numeric columns</source>
            <translation>все числовые столбцы</translation>
        </message>
    </context>
    <context>
        <name>data.eval.scope_female</name>
        <message>
            <source>women (…_female)</source>
            <translation>женщины (…_female)</translation>
        </message>
    </context>
    <context>
        <name>data.eval.scope_male</name>
        <message>
            <source>men (…_male)</source>
            <translation>мужчины (…_male)</translation>
        </message>
    </context>
    <context>
        <name>data.eval.se_classical</name>
        <message>
            <source>classical standard errors</source>
            <translation>классические стандартные ошибки</translation>
        </message>
    </context>
    <context>
        <name>data.eval.se_cluster</name>
        <message>
            <source>standard errors clustered by unit</source>
            <translation>стандартные ошибки по кластерам-единицам</translation>
        </message>
    </context>
    <context>
        <name>data.eval.selected</name>
        <message>
            <source>{n} selected: {names}</source>
            <translation>выбрано {n}: {names}</translation>
        </message>
    </context>
    <context>
        <name>data.eval.spearman</name>
        <message>
            <source>Spearman (ranks)</source>
            <translation>Спирмен (ранги)</translation>
        </message>
    </context>
    <context>
        <name>data.eval.tab_corr</name>
        <message>
            <source>Correlations</source>
            <translation>Корреляции</translation>
        </message>
    </context>
    <context>
        <name>data.eval.tab_did</name>
        <message>
            <source>Difference-in-differences</source>
            <translation>Разность разностей</translation>
        </message>
    </context>
    <context>
        <name>data.eval.tab_gender</name>
        <message>
            <source>By gender</source>
            <translation>По полу</translation>
        </message>
    </context>
    <context>
        <name>data.eval.term</name>
        <message>
            <source>Term</source>
            <translation>Член</translation>
        </message>
    </context>
    <context>
        <name>data.eval.time</name>
        <message>
            <source>Period column:</source>
            <translation>Столбец периода:</translation>
        </message>
    </context>
    <context>
        <name>data.eval.title</name>
        <message>
            <source>Evaluate effects</source>
            <translation>Оценка эффекта</translation>
        </message>
    </context>
    <context>
        <name>data.eval.treated</name>
        <message>
            <source>Programme units</source>
            <translation>Участники программы</translation>
        </message>
    </context>
    <context>
        <name>data.eval.treated_column</name>
        <message>
            <source>from column</source>
            <translation>по столбцу</translation>
        </message>
    </context>
    <context>
        <name>data.eval.treated_map</name>
        <message>
            <source>the units selected on the map</source>
            <translation>единицы, выбранные на карте</translation>
        </message>
    </context>
    <context>
        <name>data.eval.unit</name>
        <message>
            <source>Unit column:</source>
            <translation>Столбец единиц:</translation>
        </message>
    </context>
    <context>
        <name>data.group.eligible</name>
        <message>
            <source>eligible</source>
            <translation>имеют право</translation>
        </message>
    </context>
    <context>
        <name>data.group.no_device</name>
        <message>
            <source>without a device</source>
            <translation>без устройства</translation>
        </message>
    </context>
    <context>
        <name>data.group.no_internet</name>
        <message>
            <source>without internet</source>
            <translation>без интернета</translation>
        </message>
    </context>
    <context>
        <name>data.ind.connected</name>
        <message>
            <source>Connected (yes/no)</source>
            <translation>Подключено (да/нет)</translation>
        </message>
    </context>
    <context>
        <name>data.ind.faps_connected</name>
        <message>
            <source>FAPs connected</source>
            <translation>ФАП с подключением</translation>
        </message>
    </context>
    <context>
        <name>data.ind.faps_total</name>
        <message>
            <source>FAPs, total</source>
            <translation>ФАП всего</translation>
        </message>
    </context>
    <context>
        <name>data.ind.pscs_connected</name>
        <message>
            <source>PSCs connected</source>
            <translation>ЦОН с подключением</translation>
        </message>
    </context>
    <context>
        <name>data.ind.pscs_total</name>
        <message>
            <source>PSCs, total</source>
            <translation>ЦОН всего</translation>
        </message>
    </context>
    <context>
        <name>data.ind.schools_connected</name>
        <message>
            <source>Schools connected</source>
            <translation>Школ с подключением</translation>
        </message>
    </context>
    <context>
        <name>data.ind.schools_total</name>
        <message>
            <source>Schools, total</source>
            <translation>Школ всего</translation>
        </message>
    </context>
    <context>
        <name>data.menu.actuals</name>
        <message>
            <source>Load &amp;actuals…</source>
            <translation>Загрузить &amp;факт…</translation>
        </message>
    </context>
    <context>
        <name>data.menu.actuals_template</name>
        <message>
            <source>Write an actuals template…</source>
            <translation>Создать шаблон факта…</translation>
        </message>
    </context>
    <context>
        <name>data.menu.check</name>
        <message>
            <source>&amp;Check / reconciliation…</source>
            <translation>&amp;Проверка и сопоставление…</translation>
        </message>
    </context>
    <context>
        <name>data.menu.data</name>
        <message>
            <source>&amp;Data</source>
            <translation>&amp;Данные</translation>
        </message>
    </context>
    <context>
        <name>data.menu.evaluate</name>
        <message>
            <source>&amp;Evaluate effects…</source>
            <translation>&amp;Оценка эффекта…</translation>
        </message>
    </context>
    <context>
        <name>data.menu.followup</name>
        <message>
            <source>F&amp;ollow-up</source>
            <translation>&amp;Мониторинг</translation>
        </message>
    </context>
    <context>
        <name>data.menu.import</name>
        <message>
            <source>&amp;Import statistics…</source>
            <translation>&amp;Импорт статистики…</translation>
        </message>
    </context>
    <context>
        <name>data.menu.monitoring_template</name>
        <message>
            <source>Write a monitoring template…</source>
            <translation>Создать шаблон мониторинга…</translation>
        </message>
    </context>
    <context>
        <name>data.menu.template</name>
        <message>
            <source>Write data &amp;template…</source>
            <translation>Создать &amp;шаблон данных…</translation>
        </message>
    </context>
    <context>
        <name>data.none</name>
        <message>
            <source>— none —</source>
            <translation>— нет —</translation>
        </message>
    </context>
    <context>
        <name>data.rec.above_level_detail</name>
        <message>
            <source>the boundaries have only its parts</source>
            <translation>в границах есть только её части</translation>
        </message>
    </context>
    <context>
        <name>data.rec.ambiguous_detail</name>
        <message>
            <source>several units fit; choose one</source>
            <translation>подходят несколько единиц; выберите одну</translation>
        </message>
    </context>
    <context>
        <name>data.rec.apply</name>
        <message>
            <source>Apply and reload</source>
            <translation>Применить и перезагрузить</translation>
        </message>
    </context>
    <context>
        <name>data.rec.auto_joined</name>
        <message>
            <source>{unit}</source>
            <translation>{unit}</translation>
        </message>
    </context>
    <context>
        <name>data.rec.auto_keep</name>
        <message>
            <source>(your saved decision)</source>
            <translation>(ваше сохранённое решение)</translation>
        </message>
    </context>
    <context>
        <name>data.rec.auto_none</name>
        <message>
            <source>— not joined —</source>
            <translation>— не сопоставлено —</translation>
        </message>
    </context>
    <context>
        <name>data.rec.below_level_detail</name>
        <message>
            <source>a district of an oblast: the boundaries are oblasts</source>
            <translation>район области: границы — по областям</translation>
        </message>
    </context>
    <context>
        <name>data.rec.below_level_partial</name>
        <message>
            <source>a district; the table lacks some of its oblast's districts, so they are not summed</source>
            <translation>район; в таблице есть не все районы области, поэтому они не суммируются</translation>
        </message>
    </context>
    <context>
        <name>data.rec.candidates</name>
        <message>
            <source>Candidates: {names}</source>
            <translation>Варианты: {names}</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_action</name>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_action_tip</name>
        <message>
            <source>Confirm a match by similar spelling</source>
            <translation>Подтвердить сопоставление по похожему написанию</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_detail</name>
        <message>
            <source>Why</source>
            <translation>Почему</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_detail_tip</name>
        <message>
            <source>Why the row was matched so, or why not</source>
            <translation>Почему строка сопоставлена так или не сопоставлена</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_how</name>
        <message>
            <source>Match</source>
            <translation>Сопоставление</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_how_tip</name>
        <message>
            <source>How the row was matched to a unit of the map</source>
            <translation>Как строка сопоставлена с единицей карты</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_label</name>
        <message>
            <source>In the file</source>
            <translation>В файле</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_label_tip</name>
        <message>
            <source>The name as written in the file</source>
            <translation>Название, как оно записано в файле</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_row</name>
        <message>
            <source>Row</source>
            <translation>Строка</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_row_tip</name>
        <message>
            <source>The row's number in the statistics sheet</source>
            <translation>Номер строки на листе статистики</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_unit</name>
        <message>
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_unit_tip</name>
        <message>
            <source>The unit the row's figures go to; choose another to correct it</source>
            <translation>Единица, которой достаются цифры строки; выберите другую, чтобы исправить</translation>
        </message>
    </context>
    <context>
        <name>data.rec.confirm</name>
        <message>
            <source>Confirm</source>
            <translation>Подтвердить</translation>
        </message>
    </context>
    <context>
        <name>data.rec.confirmed</name>
        <message>
            <source>Confirmed</source>
            <translation>Подтверждено</translation>
        </message>
    </context>
    <context>
        <name>data.rec.crosswalk_detail</name>
        <message>
            <source>part of {unit} before the {year} reform (summed)</source>
            <translation>входила в {unit} до реформы {year} г. (суммируется)</translation>
        </message>
    </context>
    <context>
        <name>data.rec.decided</name>
        <message>
            <source>confirmed by the planner</source>
            <translation>подтверждено планировщиком</translation>
        </message>
    </context>
    <context>
        <name>data.rec.decided_n</name>
        <message>
            <source>your decisions: {n}</source>
            <translation>ваших решений: {n}</translation>
        </message>
    </context>
    <context>
        <name>data.rec.duplicate_detail</name>
        <message>
            <source>{unit} is already matched by row “{label}”</source>
            <translation>{unit} уже сопоставлена строке «{label}»</translation>
        </message>
    </context>
    <context>
        <name>data.rec.empty</name>
        <message>
            <source>No rows yet.</source>
            <translation>Строк пока нет.</translation>
        </message>
    </context>
    <context>
        <name>data.rec.filter_all</name>
        <message>
            <source>all rows</source>
            <translation>все строки</translation>
        </message>
    </context>
    <context>
        <name>data.rec.filter_attention</name>
        <message>
            <source>to check</source>
            <translation>требуют проверки</translation>
        </message>
    </context>
    <context>
        <name>data.rec.filter_joined</name>
        <message>
            <source>joined</source>
            <translation>сопоставленные</translation>
        </message>
    </context>
    <context>
        <name>data.rec.filter_not_joined</name>
        <message>
            <source>not joined</source>
            <translation>не сопоставленные</translation>
        </message>
    </context>
    <context>
        <name>data.rec.fuzzy_detail</name>
        <message>
            <source>similar spelling ({score} of 1 alike)</source>
            <translation>похожее написание (сходство {score} из 1)</translation>
        </message>
    </context>
    <context>
        <name>data.rec.header_detail</name>
        <message>
            <source>the rows below it are joined; it checks their sum</source>
            <translation>присоединены строки под ней; по ней проверяется их сумма</translation>
        </message>
    </context>
    <context>
        <name>data.rec.issues</name>
        <message>
            <source>Issues and repairs</source>
            <translation>Замечания и исправления</translation>
        </message>
    </context>
    <context>
        <name>data.rec.leave_out</name>
        <message>
            <source>— leave out —</source>
            <translation>— исключить —</translation>
        </message>
    </context>
    <context>
        <name>data.rec.outside</name>
        <message>
            <source>{n} institutions outside every unit</source>
            <translation>учреждений вне единиц: {n}</translation>
        </message>
    </context>
    <context>
        <name>data.rec.outside_detail</name>
        <message>
            <source>its oblast is not in the boundaries</source>
            <translation>её области нет в границах</translation>
        </message>
    </context>
    <context>
        <name>data.rec.pending_n</name>
        <message>
            <source>to confirm: {n}</source>
            <translation>подтвердить: {n}</translation>
        </message>
    </context>
    <context>
        <name>data.rec.repaired</name>
        <message>
            <source>{n} polygons repaired</source>
            <translation>исправлено полигонов: {n}</translation>
        </message>
    </context>
    <context>
        <name>data.rec.saved_with</name>
        <message>
            <source>decisions are saved in {file}</source>
            <translation>решения сохраняются в {file}</translation>
        </message>
    </context>
    <context>
        <name>data.rec.show</name>
        <message>
            <source>Show:</source>
            <translation>Показать:</translation>
        </message>
    </context>
    <context>
        <name>data.rec.split_detail</name>
        <message>
            <source>split by a reform into {parts}; choose a unit or leave it out</source>
            <translation>разделена реформой на {parts}; выберите единицу или исключите</translation>
        </message>
    </context>
    <context>
        <name>data.rec.summed_up_detail</name>
        <message>
            <source>summed with the oblast's other districts into {unit} (the table lists every one)</source>
            <translation>суммирована с другими районами области в {unit} (в таблице есть все)</translation>
        </message>
    </context>
    <context>
        <name>data.rec.title</name>
        <message>
            <source>Check: statistics rows and units</source>
            <translation>Проверка: строки статистики и единицы</translation>
        </message>
    </context>
    <context>
        <name>data.rec.total_detail</name>
        <message>
            <source>kept out of the units (used to check sums)</source>
            <translation>не относится к единицам (для проверки сумм)</translation>
        </message>
    </context>
    <context>
        <name>data.rec.unknown_decision</name>
        <message>
            <source>a saved decision names unknown unit {code}</source>
            <translation>сохранённое решение указывает неизвестную единицу {code}</translation>
        </message>
    </context>
    <context>
        <name>data.rec.unmatched_detail</name>
        <message>
            <source>no unit of this name; see the candidates</source>
            <translation>нет единицы с таким названием; см. варианты</translation>
        </message>
    </context>
    <context>
        <name>data.rec.without_data</name>
        <message>
            <source>Units without data</source>
            <translation>Единицы без данных</translation>
        </message>
    </context>
    <context>
        <name>data.rec.without_data_n</name>
        <message>
            <source>units without data: {n}</source>
            <translation>единиц без данных: {n}</translation>
        </message>
    </context>
    <context>
        <name>data.rec.wrong_parent_detail</name>
        <message>
            <source>listed under “{head}”, but the boundaries have it elsewhere: {units}</source>
            <translation>стоит под «{head}», но в границах она в другом месте: {units}</translation>
        </message>
    </context>
    <context>
        <name>data.rule.composite</name>
        <message>
            <source>oblast + district</source>
            <translation>область + район</translation>
        </message>
    </context>
    <context>
        <name>data.rule.kind_word</name>
        <message>
            <source>city or district by its word</source>
            <translation>город или район по слову</translation>
        </message>
    </context>
    <context>
        <name>data.rule.latin_lookalike</name>
        <message>
            <source>Latin look-alike letters</source>
            <translation>латинские буквы-двойники</translation>
        </message>
    </context>
    <context>
        <name>data.rule.legacy_encoding</name>
        <message>
            <source>old encoding repaired</source>
            <translation>исправлена старая кодировка</translation>
        </message>
    </context>
    <context>
        <name>data.rule.level_word_ignored</name>
        <message>
            <source>level word ignored</source>
            <translation>слово уровня пропущено</translation>
        </message>
    </context>
    <context>
        <name>data.rule.synonym</name>
        <message>
            <source>known name (kk/ru/en, old names)</source>
            <translation>известное название (kk/ru/en, старые названия)</translation>
        </message>
    </context>
    <context>
        <name>data.rule.transliteration</name>
        <message>
            <source>transliteration</source>
            <translation>транслитерация</translation>
        </message>
    </context>
    <context>
        <name>data.select.header</name>
        <message>
            <source>header text</source>
            <translation>тексту заголовка</translation>
        </message>
    </context>
    <context>
        <name>data.select.latest_period</name>
        <message>
            <source>latest period</source>
            <translation>последнему периоду</translation>
        </message>
    </context>
    <context>
        <name>data.select.letter</name>
        <message>
            <source>column letter</source>
            <translation>букве столбца</translation>
        </message>
    </context>
    <context>
        <name>data.source.boundaries</name>
        <message>
            <source>Boundaries</source>
            <translation>Границы</translation>
        </message>
    </context>
    <context>
        <name>data.source.institutions</name>
        <message>
            <source>Institutions</source>
            <translation>Учреждения</translation>
        </message>
    </context>
    <context>
        <name>data.source.statistics</name>
        <message>
            <source>Statistics</source>
            <translation>Статистика</translation>
        </message>
    </context>
    <context>
        <name>data.src.add</name>
        <message>
            <source>Add…</source>
            <translation>Добавить…</translation>
        </message>
    </context>
    <context>
        <name>data.src.add_tip</name>
        <message>
            <source>Add a statistics table (population, schools, households …) or a filled template: it joins the tables in use, which stay.</source>
            <translation>Добавить таблицу статистики (население, школы, домохозяйства …) или заполненный шаблон: она присоединяется к уже загруженным, они остаются.</translation>
        </message>
    </context>
    <context>
        <name>data.src.check</name>
        <message>
            <source>Check…</source>
            <translation>Проверка…</translation>
        </message>
    </context>
    <context>
        <name>data.src.chosen_latest</name>
        <message>
            <source>the latest year</source>
            <translation>последний год</translation>
        </message>
    </context>
    <context>
        <name>data.src.col_errors</name>
        <message>
            <source>Errors</source>
            <translation>Ошибки</translation>
        </message>
    </context>
    <context>
        <name>data.src.col_file</name>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
    </context>
    <context>
        <name>data.src.col_indicators</name>
        <message>
            <source>Indicators</source>
            <translation>Показатели</translation>
        </message>
    </context>
    <context>
        <name>data.src.col_joined</name>
        <message>
            <source>Joined</source>
            <translation>Сопоставлено</translation>
        </message>
    </context>
    <context>
        <name>data.src.col_sheet</name>
        <message>
            <source>Sheet</source>
            <translation>Лист</translation>
        </message>
    </context>
    <context>
        <name>data.src.col_year</name>
        <message>
            <source>Year read</source>
            <translation>Год</translation>
        </message>
    </context>
    <context>
        <name>data.src.errors</name>
        <message>
            <source>{n} — open the check</source>
            <translation>{n} — открыть проверку</translation>
        </message>
    </context>
    <context>
        <name>data.src.illustrative</name>
        <message>
            <source>illustrative sample</source>
            <translation>иллюстративный пример</translation>
        </message>
    </context>
    <context>
        <name>data.src.joined</name>
        <message>
            <source>{joined} of {rows} rows</source>
            <translation>{joined} из {rows} строк</translation>
        </message>
    </context>
    <context>
        <name>data.src.menu</name>
        <message>
            <source>&amp;Sources…</source>
            <translation>&amp;Источники…</translation>
        </message>
    </context>
    <context>
        <name>data.src.menu_missing_template</name>
        <message>
            <source>Write a template for what is &amp;missing…</source>
            <translation>Создать шаблон для &amp;недостающих данных…</translation>
        </message>
    </context>
    <context>
        <name>data.src.missing</name>
        <message>
            <source>Still missing — {items}</source>
            <translation>Ещё нет — {items}</translation>
        </message>
    </context>
    <context>
        <name>data.src.none_selected</name>
        <message>
            <source>Choose a table in the list first.</source>
            <translation>Сначала выберите таблицу в списке.</translation>
        </message>
    </context>
    <context>
        <name>data.src.not_used</name>
        <message>
            <source>not used: taken from {source}</source>
            <translation>не используется: берётся из {source}</translation>
        </message>
    </context>
    <context>
        <name>data.src.nothing_missing</name>
        <message>
            <source>Every input the gaps and the plan need is given.</source>
            <translation>Есть все данные, нужные для разрывов и плана.</translation>
        </message>
    </context>
    <context>
        <name>data.src.offer_item</name>
        <message>
            <source>the mapping of {file}, the table it replaces (sheet “{sheet}”, {rows} rows)</source>
            <translation>сопоставление заменяемой таблицы {file} (лист «{sheet}», строк: {rows})</translation>
        </message>
    </context>
    <context>
        <name>data.src.pick_add</name>
        <message>
            <source>Add a statistics table</source>
            <translation>Добавить таблицу статистики</translation>
        </message>
    </context>
    <context>
        <name>data.src.pick_replace</name>
        <message>
            <source>Next year's file for {file}</source>
            <translation>Файл следующего года вместо {file}</translation>
        </message>
    </context>
    <context>
        <name>data.src.remove</name>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
    </context>
    <context>
        <name>data.src.remove_last</name>
        <message>
            <source>{file} is the only statistics table: the map and the plan need one. Add another table first, then remove this one.</source>
            <translation>{file} — единственная таблица статистики, а карте и плану нужна хотя бы одна. Сначала добавьте другую таблицу, затем удалите эту.</translation>
        </message>
    </context>
    <context>
        <name>data.src.replace</name>
        <message>
            <source>Replace…</source>
            <translation>Заменить…</translation>
        </message>
    </context>
    <context>
        <name>data.src.replace_tip</name>
        <message>
            <source>Next year's file in place of the selected table: its column mapping is offered again, at the latest year.</source>
            <translation>Файл следующего года вместо выбранной таблицы: её сопоставление столбцов предлагается снова, для последнего года.</translation>
        </message>
    </context>
    <context>
        <name>data.src.several</name>
        <message>
            <source>Indicators several sources give — which one is used:</source>
            <translation>Показатели из нескольких источников — какой используется:</translation>
        </message>
    </context>
    <context>
        <name>data.src.template</name>
        <message>
            <source>Write a template for what is missing…</source>
            <translation>Создать шаблон для недостающих данных…</translation>
        </message>
    </context>
    <context>
        <name>data.src.template_written</name>
        <message>
            <source>Template written: {file}. Fill it in, then add it under Data → Sources → Add….</source>
            <translation>Шаблон сохранён: {file}. Заполните его и добавьте: Данные → Источники → Добавить….</translation>
        </message>
    </context>
    <context>
        <name>data.src.tip_file</name>
        <message>
            <source>{path}
Cells: {cells}</source>
            <translation>{path}
Ячейки: {cells}</translation>
        </message>
    </context>
    <context>
        <name>data.src.tip_publisher</name>
        <message>
            <source>Publisher: {publisher}</source>
            <translation>Издатель: {publisher}</translation>
        </message>
    </context>
    <context>
        <name>data.src.title</name>
        <message>
            <source>Data sources</source>
            <translation>Источники данных</translation>
        </message>
    </context>
    <context>
        <name>data.src.used</name>
        <message>
            <source>used</source>
            <translation>используется</translation>
        </message>
    </context>
    <context>
        <name>data.src.used_of</name>
        <message>
            <source>{used} of {given} used</source>
            <translation>используется {used} из {given}</translation>
        </message>
    </context>
    <context>
        <name>data.status.imported</name>
        <message>
            <source>Statistics loaded: {joined} rows joined, {fuzzy} to confirm, {unmatched} not joined (Data → Check).</source>
            <translation>Статистика загружена: сопоставлено строк {joined}, подтвердить {fuzzy}, не сопоставлено {unmatched} (Данные → Проверка).</translation>
        </message>
    </context>
    <context>
        <name>data.tmpl.actuals_name</name>
        <message>
            <source>actuals_template.xlsx</source>
            <translation>шаблон_факта.xlsx</translation>
        </message>
    </context>
    <context>
        <name>data.tmpl.data_name</name>
        <message>
            <source>data_template.xlsx</source>
            <translation>шаблон_данных.xlsx</translation>
        </message>
    </context>
    <context>
        <name>data.tmpl.filter</name>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>data.tmpl.missing_name</name>
        <message>
            <source>missing_data_template.xlsx</source>
            <translation>шаблон_недостающих_данных.xlsx</translation>
        </message>
    </context>
    <context>
        <name>data.tmpl.monitoring_name</name>
        <message>
            <source>monitoring_template.xlsx</source>
            <translation>шаблон_мониторинга.xlsx</translation>
        </message>
    </context>
    <context>
        <name>data.tmpl.title</name>
        <message>
            <source>Write a data template</source>
            <translation>Создать шаблон данных</translation>
        </message>
    </context>
    <context>
        <name>data.tmpl.written</name>
        <message>
            <source>Template written: {file}</source>
            <translation>Шаблон сохранён: {file}</translation>
        </message>
    </context>
    <context>
        <name>data.type.number</name>
        <message>
            <source>number</source>
            <translation>число</translation>
        </message>
    </context>
    <context>
        <name>data.type.share</name>
        <message>
            <source>share / rate</source>
            <translation>доля / ставка</translation>
        </message>
    </context>
    <context>
        <name>data.type.text</name>
        <message>
            <source>text</source>
            <translation>текст</translation>
        </message>
    </context>
    <context>
        <name>data.unexpected</name>
        <message>
            <source>Something unexpected went wrong; the data in use is unchanged.</source>
            <translation>Произошла непредвиденная ошибка; загруженные данные не изменились.</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.back</name>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; Назад</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.block</name>
        <message>
            <source>Block:</source>
            <translation>Блок:</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.block_item</name>
        <message>
            <source>{name} (rows {first}–{last})</source>
            <translation>{name} (строки {first}–{last})</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.checking</name>
        <message>
            <source>Reading the rows and matching them with the units…</source>
            <translation>Чтение строк и сопоставление с единицами…</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.code</name>
        <message>
            <source>KATO column:</source>
            <translation>Столбец КАТО:</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.col_header</name>
        <message>
            <source>Header in the file</source>
            <translation>Заголовок в файле</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.col_indicator</name>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.col_letter</name>
        <message>
            <source>Column</source>
            <translation>Столбец</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.col_select</name>
        <message>
            <source>Next year find by</source>
            <translation>В следующем году искать по</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.col_type</name>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.col_values</name>
        <message>
            <source>Values</source>
            <translation>Значения</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.confidence</name>
        <message>
            <source>detection confidence {value} %</source>
            <translation>уверенность распознавания {value} %</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.counts</name>
        <message>
            <source>{numbers} numbers · “–” {zeros} · x {conf} · … {nodata} · empty {empty} · text {bad}</source>
            <translation>чисел {numbers} · «–» {zeros} · x {conf} · … {nodata} · пусто {empty} · текст {bad}</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.detected</name>
        <message>
            <source>Sheet “{sheet}”: {rows} table rows and {columns} value columns found.</source>
            <translation>Лист «{sheet}»: найдено строк таблицы — {rows}, столбцов со значениями — {columns}.</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.file</name>
        <message>
            <source>Statistics file:</source>
            <translation>Файл статистики:</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.file_actuals</name>
        <message>
            <source>Actuals file:</source>
            <translation>Файл с фактом:</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.filter</name>
        <message>
            <source>Tables (*.xlsx *.xlsm *.xls *.csv *.txt);;All files (*)</source>
            <translation>Таблицы (*.xlsx *.xlsm *.xls *.csv *.txt);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.finish</name>
        <message>
            <source>Load</source>
            <translation>Загрузить</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.finish_actuals</name>
        <message>
            <source>Compare with the plan</source>
            <translation>Сравнить с планом</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.go_back</name>
        <message>
            <source>Go back to fix the layout or the columns; the data in use is unchanged.</source>
            <translation>Вернитесь назад, чтобы исправить структуру или столбцы; загруженные данные не изменились.</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.header</name>
        <message>
            <source>Header rows:</source>
            <translation>Строки заголовка:</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.kind</name>
        <message>
            <source>It holds:</source>
            <translation>Содержит:</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.kind_code</name>
        <message>
            <source>KATO codes</source>
            <translation>коды КАТО</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.kind_institution</name>
        <message>
            <source>institution ids</source>
            <translation>коды учреждений</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.kind_name</name>
        <message>
            <source>names</source>
            <translation>названия</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.legend</name>
        <message>
            <source>blue: header · green: chosen block · dark green: mapped columns</source>
            <translation>синий: заголовок · зелёный: выбранный блок · тёмно-зелёный: выбранные столбцы</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.mapping_filter</name>
        <message>
            <source>Mapping (*.mapping.json *.json)</source>
            <translation>Сопоставление (*.mapping.json *.json)</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.marks</name>
        <message>
            <source>“–” as zero {zero}, confidential {conf}, no data {nodata}, empty {empty}</source>
            <translation>«–» как ноль {zero}, конфиденциально {conf}, нет данных {nodata}, пусто {empty}</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.next</name>
        <message>
            <source>Next &gt;</source>
            <translation>Далее &gt;</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.no_units</name>
        <message>
            <source>No boundaries are loaded: the rows will be matched when the data loads.</source>
            <translation>Границы не загружены: строки будут сопоставлены при загрузке.</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.none_mapped</name>
        <message>
            <source>Choose an indicator for at least one column.</source>
            <translation>Выберите показатель хотя бы для одного столбца.</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.not_used</name>
        <message>
            <source>— not used —</source>
            <translation>— не используется —</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.notes_found</name>
        <message>
            <source>notes below the table (rows {rows}) are not data</source>
            <translation>примечания под таблицей (строки {rows}) не считаются данными</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.offer</name>
        <message>
            <source>Use a saved mapping that fits this file</source>
            <translation>Использовать сохранённое сопоставление, подходящее к файлу</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.offer_item</name>
        <message>
            <source>{file} (sheet “{sheet}”, {rows} rows)</source>
            <translation>{file} (лист «{sheet}», строк: {rows})</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.offer_note</name>
        <message>
            <source>Saved last time for a file of the same layout (e.g. last year's); its columns, block and your decisions are reused. You can still change everything.</source>
            <translation>Сохранено ранее для файла той же структуры (например, прошлогоднего): столбцы, блок и ваши решения применяются снова. Всё можно изменить.</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.page_check</name>
        <message>
            <source>4. Check the matches</source>
            <translation>4. Проверка сопоставления</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.page_check_sub</name>
        <message>
            <source>Every row and the unit it joins. Confirm matches by similar spelling or choose another unit.</source>
            <translation>Каждая строка и единица, к которой она присоединяется. Подтвердите совпадения по похожему написанию или выберите другую единицу.</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.page_columns</name>
        <message>
            <source>3. Columns → indicators</source>
            <translation>3. Столбцы → показатели</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.page_columns_sub</name>
        <message>
            <source>★ marks the suggestion from the header text; choose “not used” to skip a column.</source>
            <translation>★ — предложение по тексту заголовка; «не используется» — пропустить столбец.</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.page_file</name>
        <message>
            <source>1. File</source>
            <translation>1. Файл</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.page_file_sub</name>
        <message>
            <source>A statistics table as the office published it (.xlsx, .xls, .csv).</source>
            <translation>Таблица статистики в том виде, в каком её опубликовало ведомство (.xlsx, .xls, .csv).</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.page_file_sub_actuals</name>
        <message>
            <source>What the programme reports afterwards, as the office sent it (.xlsx, .xls, .csv): vouchers issued and redeemed, institutions connected, money spent, indicators measured later.</source>
            <translation>Что сообщают после программы, в том виде, в каком прислало ведомство (.xlsx, .xls, .csv): выданные и погашенные ваучеры, подключённые учреждения, расходы, показатели, измеренные позже.</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.page_layout</name>
        <message>
            <source>2. Sheet and layout</source>
            <translation>2. Лист и структура</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.page_layout_sub</name>
        <message>
            <source>Check what was detected: header rows, the block of rows and the unit column.</source>
            <translation>Проверьте найденное: строки заголовка, блок строк и столбец единиц.</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.pick_title</name>
        <message>
            <source>Statistics file</source>
            <translation>Файл статистики</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.pick_title_actuals</name>
        <message>
            <source>Actuals file</source>
            <translation>Файл с фактическими данными</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.prov_line</name>
        <message>
            <source>&lt;b&gt;{indicator}&lt;/b&gt; ← {file}, sheet “{sheet}”, cells {cells} (“{header}”); {marks}</source>
            <translation>&lt;b&gt;{indicator}&lt;/b&gt; ← {file}, лист «{sheet}», ячейки {cells} («{header}»); {marks}</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.reading</name>
        <message>
            <source>Reading…</source>
            <translation>Чтение…</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.save_mapping</name>
        <message>
            <source>Save the mapping for next year's file:</source>
            <translation>Сохранить сопоставление для файла следующего года:</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.save_title</name>
        <message>
            <source>Save the mapping</source>
            <translation>Сохранить сопоставление</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.sheet</name>
        <message>
            <source>Sheet:</source>
            <translation>Лист:</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.suggest_tip</name>
        <message>
            <source>Suggested from the header: {value}</source>
            <translation>Предложено по заголовку: {value}</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.title</name>
        <message>
            <source>Import statistics</source>
            <translation>Импорт статистики</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.title_actuals</name>
        <message>
            <source>Import actuals</source>
            <translation>Импорт фактических данных</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.title_found</name>
        <message>
            <source>Title: {title}</source>
            <translation>Заголовок: {title}</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.to</name>
        <message>
            <source>to</source>
            <translation>по</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.totals_found</name>
        <message>
            <source>total rows {rows} are kept out of the units</source>
            <translation>итоговые строки {rows} не относятся к единицам</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.twice</name>
        <message>
            <source>“{indicator}” is chosen for columns {a} and {b}; keep one.</source>
            <translation>«{indicator}» выбран для столбцов {a} и {b}; оставьте один.</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.unit</name>
        <message>
            <source>Unit column:</source>
            <translation>Столбец единиц:</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.unknown_institutions</name>
        <message>
            <source>{n} institutions are not in the register and are left out: {ids}</source>
            <translation>учреждений нет в реестре, они не учтены — {n}: {ids}</translation>
        </message>
    </context>
    <context>
        <name>diag.build</name>
        <message>
            <source>Build</source>
            <translation>Сборка</translation>
        </message>
    </context>
    <context>
        <name>diag.copied</name>
        <message>
            <source>Diagnostics copied to the clipboard: paste them into an e-mail to support. Nothing was sent.</source>
            <translation>Диагностика скопирована в буфер обмена: вставьте её в письмо в поддержку. Ничего не отправлено.</translation>
        </message>
    </context>
    <context>
        <name>diag.encoding</name>
        <message>
            <source>File names / console encoding</source>
            <translation>Кодировка имён файлов / консоли</translation>
        </message>
    </context>
    <context>
        <name>diag.language</name>
        <message>
            <source>Interface language</source>
            <translation>Язык интерфейса</translation>
        </message>
    </context>
    <context>
        <name>diag.log</name>
        <message>
            <source>Log file</source>
            <translation>Файл журнала</translation>
        </message>
    </context>
    <context>
        <name>diag.log_empty</name>
        <message>
            <source>(the log is empty or missing)</source>
            <translation>(журнал пуст или отсутствует)</translation>
        </message>
    </context>
    <context>
        <name>diag.log_tail</name>
        <message>
            <source>Last {n} lines of the log:</source>
            <translation>Последние строки журнала ({n}):</translation>
        </message>
    </context>
    <context>
        <name>diag.os</name>
        <message>
            <source>Operating system</source>
            <translation>Операционная система</translation>
        </message>
    </context>
    <context>
        <name>diag.python</name>
        <message>
            <source>Python</source>
            <translation>Python</translation>
        </message>
    </context>
    <context>
        <name>diag.qt</name>
        <message>
            <source>Qt</source>
            <translation>Qt</translation>
        </message>
    </context>
    <context>
        <name>diag.screens</name>
        <message>
            <source>Screens (logical size, physical size, scaling)</source>
            <translation>Экраны (логический размер, физический размер, масштаб)</translation>
        </message>
    </context>
    <context>
        <name>diag.settings</name>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
    </context>
    <context>
        <name>diag.title</name>
        <message>
            <source>KZ Planner {version}: diagnostics for support</source>
            <translation>KZ Planner {version}: диагностика для поддержки</translation>
        </message>
    </context>
    <context>
        <name>diag.version</name>
        <message>
            <source>Version</source>
            <translation>Версия</translation>
        </message>
    </context>
    <context>
        <name>dlg.boundaries_filter</name>
        <message>
            <source>Boundaries (*.gpkg *.geojson *.json *.shp *.zip);;All files (*)</source>
            <translation>Границы (*.gpkg *.geojson *.json *.shp *.zip);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>dlg.boundaries_title</name>
        <message>
            <source>Load boundaries</source>
            <translation>Загрузка границ</translation>
        </message>
    </context>
    <context>
        <name>dlg.close</name>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
    </context>
    <context>
        <name>dlg.excel_filter</name>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>dlg.export_title</name>
        <message>
            <source>Export plan to Excel</source>
            <translation>Экспорт плана в Excel</translation>
        </message>
    </context>
    <context>
        <name>dlg.no_plan</name>
        <message>
            <source>There is no plan to export yet. Run a plan first.</source>
            <translation>Плана для экспорта пока нет. Сначала рассчитайте план.</translation>
        </message>
    </context>
    <context>
        <name>dlg.ok</name>
        <message>
            <source>OK</source>
            <translation>ОК</translation>
        </message>
    </context>
    <context>
        <name>dlg.problem_title</name>
        <message>
            <source>KZ Planner — cannot continue</source>
            <translation>KZ Planner — действие не выполнено</translation>
        </message>
    </context>
    <context>
        <name>dlg.save_as</name>
        <message>
            <source>Save under another name…</source>
            <translation>Сохранить под другим именем…</translation>
        </message>
    </context>
    <context>
        <name>dlg.statistics_filter</name>
        <message>
            <source>Statistics (*.xlsx *.xls *.csv);;All files (*)</source>
            <translation>Статистика (*.xlsx *.xls *.csv);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>dlg.statistics_title</name>
        <message>
            <source>Load statistics</source>
            <translation>Загрузка статистики</translation>
        </message>
    </context>
    <context>
        <name>dlg.unexpected</name>
        <message>
            <source>Something unexpected went wrong. The details were written to
{log}

Your files have not been changed. You can keep working, or restart KZ Planner.</source>
            <translation>Произошла непредвиденная ошибка. Подробности записаны в
{log}

Ваши файлы не изменены. Можно продолжить работу или перезапустить KZ Planner.</translation>
        </message>
    </context>
    <context>
        <name>dock.units</name>
        <message>
            <source>Units</source>
            <translation>Территории</translation>
        </message>
    </context>
    <context>
        <name>ev.after</name>
        <message>
            <source>after</source>
            <translation>после</translation>
        </message>
    </context>
    <context>
        <name>ev.before</name>
        <message>
            <source>before</source>
            <translation>до</translation>
        </message>
    </context>
    <context>
        <name>ev.cell_means</name>
        <message>
            <source>Group means</source>
            <translation>Средние по группам</translation>
        </message>
    </context>
    <context>
        <name>ev.ci</name>
        <message>
            <source>95 % confidence interval</source>
            <translation>95 % доверительный интервал</translation>
        </message>
    </context>
    <context>
        <name>ev.coef</name>
        <message>
            <source>Coefficient</source>
            <translation>Коэффициент</translation>
        </message>
    </context>
    <context>
        <name>ev.corr_pearson</name>
        <message>
            <source>Pearson correlations (pairwise-complete rows)</source>
            <translation>Корреляции Пирсона (попарно полные строки)</translation>
        </message>
    </context>
    <context>
        <name>ev.corr_spearman</name>
        <message>
            <source>Spearman correlations (pairwise-complete rows)</source>
            <translation>Корреляции Спирмена (попарно полные строки)</translation>
        </message>
    </context>
    <context>
        <name>ev.did_counts</name>
        <message>
            <source>n = {n}, units = {units} (treated {treated}, comparison {comparison}), {se}, R² = {r2}</source>
            <translation>n = {n}, единиц = {units} (участники {treated}, сравнение {comparison}), {se}, R² = {r2}</translation>
        </message>
    </context>
    <context>
        <name>ev.did_title</name>
        <message>
            <source>Difference-in-differences: {outcome} = α + β1·Post + β2·Treated + β3·Post·Treated (Post: {time} ≥ {post})</source>
            <translation>Разность разностей: {outcome} = α + β1·После + β2·Участники + β3·После·Участники (После: {time} ≥ {post})</translation>
        </message>
    </context>
    <context>
        <name>ev.group_comparison</name>
        <message>
            <source>comparison</source>
            <translation>сравнение</translation>
        </message>
    </context>
    <context>
        <name>ev.group_treated</name>
        <message>
            <source>treated</source>
            <translation>участники</translation>
        </message>
    </context>
    <context>
        <name>ev.p_value</name>
        <message>
            <source>p-value</source>
            <translation>p-значение</translation>
        </message>
    </context>
    <context>
        <name>ev.se</name>
        <message>
            <source>Std. error</source>
            <translation>Ст. ошибка</translation>
        </message>
    </context>
    <context>
        <name>ev.se_classical</name>
        <message>
            <source>classical standard errors</source>
            <translation>классические стандартные ошибки</translation>
        </message>
    </context>
    <context>
        <name>ev.se_cluster</name>
        <message>
            <source>standard errors clustered by unit</source>
            <translation>стандартные ошибки, кластеризованные по единицам</translation>
        </message>
    </context>
    <context>
        <name>ev.term</name>
        <message>
            <source>Term</source>
            <translation>Член модели</translation>
        </message>
    </context>
    <context>
        <name>exp.csv</name>
        <message>
            <source>Export to &amp;CSV tables…</source>
            <translation>Экспорт в таблицы &amp;CSV…</translation>
        </message>
    </context>
    <context>
        <name>exp.csv_filter</name>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>Таблица CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>exp.csv_title</name>
        <message>
            <source>Export the plan as CSV tables</source>
            <translation>Экспорт плана в CSV</translation>
        </message>
    </context>
    <context>
        <name>exp.gpkg</name>
        <message>
            <source>Export to &amp;GeoPackage (GIS)…</source>
            <translation>Экспорт в &amp;GeoPackage (ГИС)…</translation>
        </message>
    </context>
    <context>
        <name>exp.gpkg_filter</name>
        <message>
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
    </context>
    <context>
        <name>exp.gpkg_title</name>
        <message>
            <source>Export the plan as a GeoPackage</source>
            <translation>Экспорт плана в GeoPackage</translation>
        </message>
    </context>
    <context>
        <name>grid.col_cost</name>
        <message>
            <source>Cost</source>
            <translation>Стоимость</translation>
        </message>
    </context>
    <context>
        <name>grid.col_cost_tip</name>
        <message>
            <source>what this line costs, in tenge</source>
            <translation>стоимость строки в тенге</translation>
        </message>
    </context>
    <context>
        <name>grid.col_count</name>
        <message>
            <source>Count</source>
            <translation>Количество</translation>
        </message>
    </context>
    <context>
        <name>grid.col_count_tip</name>
        <message>
            <source>how many the plan gives; you can change it</source>
            <translation>сколько даёт план; можно изменить</translation>
        </message>
    </context>
    <context>
        <name>grid.col_group</name>
        <message>
            <source>Group / type</source>
            <translation>Группа / тип</translation>
        </message>
    </context>
    <context>
        <name>grid.col_group_tip</name>
        <message>
            <source>the target group (vouchers) or the institution type (kits)</source>
            <translation>целевая группа (сертификаты) или тип учреждения (комплекты)</translation>
        </message>
    </context>
    <context>
        <name>grid.col_instrument</name>
        <message>
            <source>Instrument</source>
            <translation>Инструмент</translation>
        </message>
    </context>
    <context>
        <name>grid.col_instrument_tip</name>
        <message>
            <source>what is given: a kit for an institution, a device voucher or an internet voucher</source>
            <translation>что выдаётся: комплект учреждению, сертификат на устройство или на интернет</translation>
        </message>
    </context>
    <context>
        <name>grid.col_max</name>
        <message>
            <source>At most</source>
            <translation>Не более</translation>
        </message>
    </context>
    <context>
        <name>grid.col_max_tip</name>
        <message>
            <source>the most this line can get (people or institutions there)</source>
            <translation>больше этого строка получить не может (людей или учреждений там)</translation>
        </message>
    </context>
    <context>
        <name>grid.col_people</name>
        <message>
            <source>People reached</source>
            <translation>Охват, чел.</translation>
        </message>
    </context>
    <context>
        <name>grid.col_people_tip</name>
        <message>
            <source>people who gain access through this line</source>
            <translation>сколько людей получают доступ благодаря этой строке</translation>
        </message>
    </context>
    <context>
        <name>grid.col_unit</name>
        <message>
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
    </context>
    <context>
        <name>grid.col_unit_tip</name>
        <message>
            <source>the district or oblast</source>
            <translation>район или область</translation>
        </message>
    </context>
    <context>
        <name>grid.count_tip</name>
        <message>
            <source>Double-click or type to change (0 … {max}); Ctrl+Z undoes</source>
            <translation>Дважды щёлкните или введите число (0 … {max}); Ctrl+Z отменяет</translation>
        </message>
    </context>
    <context>
        <name>grid.explain_hint</name>
        <message>
            <source>Select a unit on the map or in the table to see what it receives and why.</source>
            <translation>Выберите единицу на карте или в таблице, чтобы увидеть, что она получает и почему.</translation>
        </message>
    </context>
    <context>
        <name>grid.explain_title</name>
        <message>
            <source>Why</source>
            <translation>Почему</translation>
        </message>
    </context>
    <context>
        <name>grid.in_plan_only</name>
        <message>
            <source>Only lines in the plan</source>
            <translation>Только строки плана</translation>
        </message>
    </context>
    <context>
        <name>grid.manual</name>
        <message>
            <source>✎ edited by hand</source>
            <translation>✎ изменено вручную</translation>
        </message>
    </context>
    <context>
        <name>grid.selected_only</name>
        <message>
            <source>Selected units only</source>
            <translation>Только выбранные единицы</translation>
        </message>
    </context>
    <context>
        <name>grid.title</name>
        <message>
            <source>Allocation — edit counts</source>
            <translation>Распределение — правка количеств</translation>
        </message>
    </context>
    <context>
        <name>guide.back</name>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
    </context>
    <context>
        <name>guide.done</name>
        <message>
            <source>Done</source>
            <translation>Готово</translation>
        </message>
    </context>
    <context>
        <name>guide.next</name>
        <message>
            <source>Next</source>
            <translation>Далее</translation>
        </message>
    </context>
    <context>
        <name>guide.show_at_start</name>
        <message>
            <source>Show this guide at every start</source>
            <translation>Показывать при каждом запуске</translation>
        </message>
    </context>
    <context>
        <name>guide.step.allocate</name>
        <message>
            <source>Allocate</source>
            <translation>Распределение</translation>
        </message>
    </context>
    <context>
        <name>guide.step.check</name>
        <message>
            <source>Check</source>
            <translation>Проверка</translation>
        </message>
    </context>
    <context>
        <name>guide.step.compare</name>
        <message>
            <source>Compare</source>
            <translation>Сравнение</translation>
        </message>
    </context>
    <context>
        <name>guide.step.export</name>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
    </context>
    <context>
        <name>guide.step.load</name>
        <message>
            <source>Load</source>
            <translation>Загрузка</translation>
        </message>
    </context>
    <context>
        <name>guide.step.map</name>
        <message>
            <source>Map</source>
            <translation>Карта</translation>
        </message>
    </context>
    <context>
        <name>guide.step_of</name>
        <message>
            <source>Step {n} of {total}</source>
            <translation>Шаг {n} из {total}</translation>
        </message>
    </context>
    <context>
        <name>guide.text.allocate</name>
        <message>
            <source>Set the budget in tenge, the strategy and the equity weight on the right. The results show people newly with access and the access gap before → after.</source>
            <translation>Справа задайте бюджет в тенге, стратегию и вес справедливости. В результатах видно, сколько людей получат доступ и как меняется разрыв доступа: до → после.</translation>
        </message>
    </context>
    <context>
        <name>guide.text.check</name>
        <message>
            <source>Read the notes that appear after loading: units that did not match, missing values, boundaries older than 2018. Correct the file and load it again.</source>
            <translation>Прочитайте замечания после загрузки: несопоставленные территории, пропущенные значения, границы до 2018 года. Исправьте файл и загрузите его снова.</translation>
        </message>
    </context>
    <context>
        <name>guide.text.compare</name>
        <message>
            <source>Keep several scenarios — other budgets or strategies — and compare them side by side before you choose one.</source>
            <translation>Сохраните несколько сценариев — с другим бюджетом или стратегией — и сравните их, прежде чем выбрать один.</translation>
        </message>
    </context>
    <context>
        <name>guide.text.export</name>
        <message>
            <source>File → Export plan to Excel writes the allocation plan for the budget commission, in Russian or Kazakh. Help → User guide explains every step.</source>
            <translation>«Файл» → «Экспорт плана в Excel» сохраняет план распределения для бюджетной комиссии на русском или казахском языке. «Справка» → «Руководство пользователя» описывает каждый шаг.</translation>
        </message>
    </context>
    <context>
        <name>guide.text.load</name>
        <message>
            <source>Open boundaries, statistics and the institution register from the File menu, or drop the files onto the window. The sample open now is illustrative, not official statistics.</source>
            <translation>Откройте границы, статистику и реестр учреждений через меню «Файл» или перетащите файлы в окно. Открытый сейчас пример — иллюстративный, это не официальная статистика.</translation>
        </message>
    </context>
    <context>
        <name>guide.text.map</name>
        <message>
            <source>Choose an indicator above the map to see where institutional access is weakest. Click a district to select it in the table below.</source>
            <translation>Выберите показатель над картой, чтобы увидеть, где институциональный доступ слабее всего. Щёлкните по району, чтобы выделить его в таблице.</translation>
        </message>
    </context>
    <context>
        <name>guide.title</name>
        <message>
            <source>Getting started</source>
            <translation>Начало работы</translation>
        </message>
    </context>
    <context>
        <name>help.missing</name>
        <message>
            <source>The user guide was not found: {file}</source>
            <translation>Руководство пользователя не найдено: {file}</translation>
        </message>
    </context>
    <context>
        <name>help.open_browser</name>
        <message>
            <source>Open in browser</source>
            <translation>Открыть в браузере</translation>
        </message>
    </context>
    <context>
        <name>help.title</name>
        <message>
            <source>KZ Planner — user guide</source>
            <translation>KZ Planner — руководство пользователя</translation>
        </message>
    </context>
    <context>
        <name>inst.card.equipment</name>
        <message>
            <source>Equipment</source>
            <translation>Оборудование</translation>
        </message>
    </context>
    <context>
        <name>inst.card.kit</name>
        <message>
            <source>Kit in the current plan</source>
            <translation>Комплект в текущем плане</translation>
        </message>
    </context>
    <context>
        <name>inst.card.mbps</name>
        <message>
            <source>Mb/s</source>
            <translation>Мбит/с</translation>
        </message>
    </context>
    <context>
        <name>inst.card.no</name>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
    </context>
    <context>
        <name>inst.card.no_name</name>
        <message>
            <source>no name in English</source>
            <translation>нет названия на русском</translation>
        </message>
    </context>
    <context>
        <name>inst.card.speed</name>
        <message>
            <source>Download speed</source>
            <translation>Скорость загрузки</translation>
        </message>
    </context>
    <context>
        <name>inst.card.status</name>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
    </context>
    <context>
        <name>inst.card.type</name>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
    </context>
    <context>
        <name>inst.card.unknown</name>
        <message>
            <source>unknown</source>
            <translation>неизвестно</translation>
        </message>
    </context>
    <context>
        <name>inst.card.yes</name>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
    </context>
    <context>
        <name>inst.cluster</name>
        <message>
            <source>Numbered discs: institutions overlapping on screen (zoom in to split them); the ring shows their statuses.</source>
            <translation>Круги с числом — учреждения, которые на экране накладываются друг на друга (приблизьте, чтобы разделить); кольцо — их статусы.</translation>
        </message>
    </context>
    <context>
        <name>inst.cluster_tip</name>
        <message>
            <source>{n} institutions, {bad} without access</source>
            <translation>Учреждений: {n}, без доступа: {bad}</translation>
        </message>
    </context>
    <context>
        <name>inst.filter</name>
        <message>
            <source>Show…</source>
            <translation>Показать…</translation>
        </message>
    </context>
    <context>
        <name>inst.filter_tip</name>
        <message>
            <source>Which institution types and statuses to show</source>
            <translation>Какие типы и статусы учреждений показывать</translation>
        </message>
    </context>
    <context>
        <name>inst.group</name>
        <message>
            <source>Overlapping: their number</source>
            <translation>Наложившиеся: их число</translation>
        </message>
    </context>
    <context>
        <name>inst.size</name>
        <message>
            <source>Size: people served.</source>
            <translation>Размер — число обслуживаемых.</translation>
        </message>
    </context>
    <context>
        <name>inst.status.access</name>
        <message>
            <source>With access</source>
            <translation>С доступом</translation>
        </message>
    </context>
    <context>
        <name>inst.status.below</name>
        <message>
            <source>Below speed benchmark</source>
            <translation>Скорость ниже нормы</translation>
        </message>
    </context>
    <context>
        <name>inst.status.kit</name>
        <message>
            <source>Kit in the plan</source>
            <translation>Комплект по плану</translation>
        </message>
    </context>
    <context>
        <name>inst.status.unconnected</name>
        <message>
            <source>Not connected</source>
            <translation>Не подключено</translation>
        </message>
    </context>
    <context>
        <name>inst.type.fap</name>
        <message>
            <source>FAP (rural health post)</source>
            <translation>ФАП (фельдшерско-акушерский пункт)</translation>
        </message>
    </context>
    <context>
        <name>inst.type.psc</name>
        <message>
            <source>Public service centre</source>
            <translation>ЦОН (центр обслуживания населения)</translation>
        </message>
    </context>
    <context>
        <name>inst.type.school</name>
        <message>
            <source>School</source>
            <translation>Школа</translation>
        </message>
    </context>
    <context>
        <name>legend.after</name>
        <message>
            <source>after the plan</source>
            <translation>после плана</translation>
        </message>
    </context>
    <context>
        <name>legend.before</name>
        <message>
            <source>before the plan</source>
            <translation>до плана</translation>
        </message>
    </context>
    <context>
        <name>legend.change</name>
        <message>
            <source>change, pp</source>
            <translation>изменение, п. п.</translation>
        </message>
    </context>
    <context>
        <name>legend.inst_access</name>
        <message>
            <source>With access</source>
            <translation>С доступом</translation>
        </message>
    </context>
    <context>
        <name>legend.inst_kit</name>
        <message>
            <source>Kit in the plan</source>
            <translation>Комплект по плану</translation>
        </message>
    </context>
    <context>
        <name>legend.inst_no_access</name>
        <message>
            <source>Without access</source>
            <translation>Без доступа</translation>
        </message>
    </context>
    <context>
        <name>legend.no_change</name>
        <message>
            <source>no change</source>
            <translation>без изменений</translation>
        </message>
    </context>
    <context>
        <name>legend.no_data</name>
        <message>
            <source>No data</source>
            <translation>Нет данных</translation>
        </message>
    </context>
    <context>
        <name>legend.outlier_high</name>
        <message>
            <source>high outliers</source>
            <translation>выбросы сверху</translation>
        </message>
    </context>
    <context>
        <name>legend.outlier_low</name>
        <message>
            <source>low outliers</source>
            <translation>выбросы снизу</translation>
        </message>
    </context>
    <context>
        <name>legend.units</name>
        <message>
            <source>units</source>
            <translation>терр.</translation>
        </message>
    </context>
    <context>
        <name>level.adm1</name>
        <message>
            <source>&amp;Oblasts and cities</source>
            <translation>&amp;Области и города</translation>
        </message>
    </context>
    <context>
        <name>level.adm2</name>
        <message>
            <source>&amp;Districts</source>
            <translation>&amp;Районы</translation>
        </message>
    </context>
    <context>
        <name>level.check_note</name>
        <message>
            <source>The table is by oblast: it is checked against today's oblasts, and the map will show oblasts (View → Units on the map).</source>
            <translation>Таблица по областям: она сверена с нынешними областями, и карта покажет области (Вид → Единицы на карте).</translation>
        </message>
    </context>
    <context>
        <name>level.menu</name>
        <message>
            <source>&amp;Units on the map</source>
            <translation>&amp;Единицы на карте</translation>
        </message>
    </context>
    <context>
        <name>level.own_file</name>
        <message>
            <source>Boundaries of your own file are in use: load the level you want from File → Load boundaries.</source>
            <translation>Используются границы из вашего файла: нужный уровень загрузите через Файл → Загрузить границы.</translation>
        </message>
    </context>
    <context>
        <name>level.tip</name>
        <message>
            <source>Today's units (geokz 2024): the statistics and the register stay; district rows are summed into their oblast.</source>
            <translation>Нынешние единицы (geokz 2024): статистика и реестр остаются; строки районов суммируются по области.</translation>
        </message>
    </context>
    <context>
        <name>map.baseline</name>
        <message>
            <source>Baseline</source>
            <translation>Исходно</translation>
        </message>
    </context>
    <context>
        <name>map.caption</name>
        <message>
            <source>Boundaries: {boundaries}{pre}. Data: {data}.</source>
            <translation>Границы: {boundaries}{pre}. Данные: {data}.</translation>
        </message>
    </context>
    <context>
        <name>map.caption_illustrative</name>
        <message>
            <source>illustrative sample</source>
            <translation>иллюстративный пример</translation>
        </message>
    </context>
    <context>
        <name>map.caption_loaded</name>
        <message>
            <source>loaded files</source>
            <translation>загруженные файлы</translation>
        </message>
    </context>
    <context>
        <name>map.caption_pre</name>
        <message>
            <source> (pre-2018)</source>
            <translation> (до 2018 г.)</translation>
        </message>
    </context>
    <context>
        <name>map.change</name>
        <message>
            <source>Change</source>
            <translation>Изменение</translation>
        </message>
    </context>
    <context>
        <name>map.classes_tip</name>
        <message>
            <source>Number of classes</source>
            <translation>Число классов</translation>
        </message>
    </context>
    <context>
        <name>map.fit</name>
        <message>
            <source>Whole map</source>
            <translation>Вся карта</translation>
        </message>
    </context>
    <context>
        <name>map.fit_tip</name>
        <message>
            <source>Show the whole map (F)</source>
            <translation>Показать всю карту (F)</translation>
        </message>
    </context>
    <context>
        <name>map.hole.baikonur</name>
        <message>
            <source>Baikonur — no data</source>
            <translation>Байконур — нет данных</translation>
        </message>
    </context>
    <context>
        <name>map.hole.no_data</name>
        <message>
            <source>no data</source>
            <translation>нет данных</translation>
        </message>
    </context>
    <context>
        <name>map.indicator</name>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
    </context>
    <context>
        <name>map.institutions</name>
        <message>
            <source>Institutions</source>
            <translation>Учреждения</translation>
        </message>
    </context>
    <context>
        <name>map.institutions_tip</name>
        <message>
            <source>Schools, FAPs and PSCs as dots: with access, without access, kit in the plan</source>
            <translation>Школы, ФАПы и ЦОНы точками: с доступом, без доступа, комплект по плану</translation>
        </message>
    </context>
    <context>
        <name>map.loading</name>
        <message>
            <source>Loading map…</source>
            <translation>Загрузка карты…</translation>
        </message>
    </context>
    <context>
        <name>map.mode_tip</name>
        <message>
            <source>Baseline: today's values. Projected: after the plan. Change: projected − baseline.</source>
            <translation>Исходно: текущие значения. Прогноз: после плана. Изменение: прогноз − исходно.</translation>
        </message>
    </context>
    <context>
        <name>map.needs_plan</name>
        <message>
            <source>Run a plan to see projected values.</source>
            <translation>Рассчитайте план, чтобы увидеть прогноз.</translation>
        </message>
    </context>
    <context>
        <name>map.no_coordinates</name>
        <message>
            <source>The institution register has no coordinates</source>
            <translation>В реестре учреждений нет координат</translation>
        </message>
    </context>
    <context>
        <name>map.no_data</name>
        <message>
            <source>No data loaded.
File → Open project… or File → Load statistics…</source>
            <translation>Данные не загружены.
Файл → Открыть проект… или Файл → Загрузить статистику…</translation>
        </message>
    </context>
    <context>
        <name>map.projected</name>
        <message>
            <source>Projected</source>
            <translation>Прогноз</translation>
        </message>
    </context>
    <context>
        <name>map.scheme</name>
        <message>
            <source>Classes</source>
            <translation>Классы</translation>
        </message>
    </context>
    <context>
        <name>map.scheme_tip</name>
        <message>
            <source>How values are grouped into colours, and how many classes</source>
            <translation>Как значения делятся на цвета и сколько классов</translation>
        </message>
    </context>
    <context>
        <name>menu.edit</name>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
    </context>
    <context>
        <name>menu.file</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
    </context>
    <context>
        <name>menu.help</name>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
    </context>
    <context>
        <name>menu.language</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
    </context>
    <context>
        <name>menu.view</name>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
    </context>
    <context>
        <name>meter.none</name>
        <message>
            <source>Budget: no plan yet</source>
            <translation>Бюджет: плана пока нет</translation>
        </message>
    </context>
    <context>
        <name>meter.over</name>
        <message>
            <source>Over budget by {over}: {spent} of {budget}</source>
            <translation>Превышение бюджета на {over}: {spent} из {budget}</translation>
        </message>
    </context>
    <context>
        <name>meter.spent</name>
        <message>
            <source>Spent {spent} of {budget} ({share})</source>
            <translation>Израсходовано {spent} из {budget} ({share})</translation>
        </message>
    </context>
    <context>
        <name>note.all_equal</name>
        <message>
            <source>All units have the same value: one class.</source>
            <translation>У всех территорий одно значение: один класс.</translation>
        </message>
    </context>
    <context>
        <name>note.few_distinct</name>
        <message>
            <source>{req} classes requested, but only {distinct} distinct values: one class per value.</source>
            <translation>Запрошено классов: {req}, но различных значений только {distinct}: по классу на значение.</translation>
        </message>
    </context>
    <context>
        <name>note.no_values</name>
        <message>
            <source>No unit has a value.</source>
            <translation>Ни у одной территории нет значения.</translation>
        </message>
    </context>
    <context>
        <name>note.scheme_not_for_change</name>
        <message>
            <source>Change is classed with the same number of units per class on each side of zero.</source>
            <translation>Изменение делится на классы поровну по территориям по обе стороны от нуля.</translation>
        </message>
    </context>
    <context>
        <name>note.ties_merged</name>
        <message>
            <source>{req} classes requested, {eff} possible: many units share the same value (ties).</source>
            <translation>Запрошено классов: {req}, возможно: {eff} — у многих территорий одинаковые значения.</translation>
        </message>
    </context>
    <context>
        <name>par.apply</name>
        <message>
            <source>Apply</source>
            <translation>Применить</translation>
        </message>
    </context>
    <context>
        <name>par.benchmarks</name>
        <message>
            <source>An institution has access when connected at least at this download speed and, where the register says, equipped and licensed:</source>
            <translation>Учреждение имеет доступ, если подключено со скоростью не ниже этой и, где это указано в реестре, оснащено оборудованием и лицензиями:</translation>
        </message>
    </context>
    <context>
        <name>par.cap</name>
        <message>
            <source>Cap of the budget</source>
            <translation>Предел от бюджета</translation>
        </message>
    </context>
    <context>
        <name>par.cap_on</name>
        <message>
            <source>at most</source>
            <translation>не более</translation>
        </message>
    </context>
    <context>
        <name>par.costs_intro</name>
        <message>
            <source>Prices in tenge for the whole plan period. Overhead is added to every voucher.</source>
            <translation>Цены в тенге на весь период плана. Накладные расходы добавляются к каждому ваучеру.</translation>
        </message>
    </context>
    <context>
        <name>par.device_cost</name>
        <message>
            <source>Device voucher</source>
            <translation>Ваучер на устройство</translation>
        </message>
    </context>
    <context>
        <name>par.envelope</name>
        <message>
            <source>Envelope</source>
            <translation>Конверт</translation>
        </message>
    </context>
    <context>
        <name>par.equipment_costs</name>
        <message>
            <source>Equipment with licences per institution (a connected institution without equipment or licences pays only this; one lacking both pays both):</source>
            <translation>Оборудование с лицензиями на учреждение (подключённое учреждение без оборудования или лицензий оплачивает только его; без того и другого — оба):</translation>
        </message>
    </context>
    <context>
        <name>par.excluded</name>
        <message>
            <source>Must not get a kit:</source>
            <translation>Не получают комплект:</translation>
        </message>
    </context>
    <context>
        <name>par.filter</name>
        <message>
            <source>Parameters (*.toml *.json)</source>
            <translation>Параметры (*.toml *.json)</translation>
        </message>
    </context>
    <context>
        <name>par.gap_weights</name>
        <message>
            <source>Weights of the gaps in the combined access-gap index (the exchange rate):</source>
            <translation>Веса разрывов в сводном индексе разрыва доступа (обменный курс):</translation>
        </message>
    </context>
    <context>
        <name>par.groups_intro</name>
        <message>
            <source>Take-up: the share of issued vouchers that people actually use. Priority: how much a person of the group counts (1 = as everyone else, 2 = twice).</source>
            <translation>Использование: доля выданных ваучеров, которые реально используют. Приоритет: насколько важен человек из группы (1 — как все, 2 — вдвое важнее).</translation>
        </message>
    </context>
    <context>
        <name>par.ids_both</name>
        <message>
            <source>Both locked and excluded: {ids}.</source>
            <translation>И закреплены, и исключены: {ids}.</translation>
        </message>
    </context>
    <context>
        <name>par.ids_count</name>
        <message>
            <source>{locked} locked in, {excluded} excluded.</source>
            <translation>Закреплено: {locked}, исключено: {excluded}.</translation>
        </message>
    </context>
    <context>
        <name>par.ids_unknown</name>
        <message>
            <source>Not in the register: {ids}.</source>
            <translation>Нет в реестре: {ids}.</translation>
        </message>
    </context>
    <context>
        <name>par.inst_intro</name>
        <message>
            <source>Find institutions by a part of their name, unit or id and tick them: a locked institution always gets a kit, an excluded one never does.</source>
            <translation>Найдите учреждения по части названия, единицы или идентификатора и отметьте: закреплённое учреждение всегда получает комплект, исключённое — никогда.</translation>
        </message>
    </context>
    <context>
        <name>par.internet_month</name>
        <message>
            <source>Internet voucher, per month</source>
            <translation>Ваучер на интернет, в месяц</translation>
        </message>
    </context>
    <context>
        <name>par.internet_months</name>
        <message>
            <source>Internet paid for</source>
            <translation>Срок оплаты интернета</translation>
        </message>
    </context>
    <context>
        <name>par.kit_costs</name>
        <message>
            <source>Connection per institution (installation and a year of guaranteed bandwidth at the benchmark speed):</source>
            <translation>Подключение на учреждение (монтаж и год гарантированного канала на нормативной скорости):</translation>
        </message>
    </context>
    <context>
        <name>par.limits_intro</name>
        <message>
            <source>Shares split the money in the rule-based strategies. Envelopes are the envelopes strategy's fixed shares of the budget: each programme spends its own envelope on its own measure, and what it leaves stays unspent. A cap limits an instrument's share of the budget in every strategy.</source>
            <translation>Доли делят средства в стратегиях по правилам. Конверты — фиксированные доли бюджета в стратегии «Конверты»: каждая программа тратит свой конверт на свой показатель, а остаток не переходит в другие. Предел ограничивает долю инструмента в бюджете во всех стратегиях.</translation>
        </message>
    </context>
    <context>
        <name>par.load</name>
        <message>
            <source>Load…</source>
            <translation>Загрузить…</translation>
        </message>
    </context>
    <context>
        <name>par.locked</name>
        <message>
            <source>Must get a kit:</source>
            <translation>Обязательно получают комплект:</translation>
        </message>
    </context>
    <context>
        <name>par.mbps</name>
        <message>
            <source>Mb/s</source>
            <translation>Мбит/с</translation>
        </message>
    </context>
    <context>
        <name>par.months_unit</name>
        <message>
            <source>months</source>
            <translation>мес.</translation>
        </message>
    </context>
    <context>
        <name>par.other_takeup</name>
        <message>
            <source>Other groups</source>
            <translation>Прочие группы</translation>
        </message>
    </context>
    <context>
        <name>par.overhead</name>
        <message>
            <source>Administrative overhead on vouchers</source>
            <translation>Административные расходы на ваучеры</translation>
        </message>
    </context>
    <context>
        <name>par.part_of</name>
        <message>
            <source>Of which (part of)</source>
            <translation>В том числе (часть группы)</translation>
        </message>
    </context>
    <context>
        <name>par.part_of_tip</name>
        <message>
            <source>The group's people are among this group's: they are counted once, and their vouchers come out of the larger group's need.</source>
            <translation>Люди этой группы входят в выбранную группу: они учитываются один раз, а их ваучеры идут из потребности большей группы.</translation>
        </message>
    </context>
    <context>
        <name>par.pick_col_excluded</name>
        <message>
            <source>Exclude</source>
            <translation>Исключить</translation>
        </message>
    </context>
    <context>
        <name>par.pick_col_id</name>
        <message>
            <source>Id</source>
            <translation>Код</translation>
        </message>
    </context>
    <context>
        <name>par.pick_col_locked</name>
        <message>
            <source>Lock</source>
            <translation>Закрепить</translation>
        </message>
    </context>
    <context>
        <name>par.pick_col_name</name>
        <message>
            <source>Institution</source>
            <translation>Учреждение</translation>
        </message>
    </context>
    <context>
        <name>par.pick_col_type</name>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
    </context>
    <context>
        <name>par.pick_col_unit</name>
        <message>
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
    </context>
    <context>
        <name>par.pick_excluded</name>
        <message>
            <source>Exclude selected</source>
            <translation>Исключить выбранные</translation>
        </message>
    </context>
    <context>
        <name>par.pick_excluded_tip</name>
        <message>
            <source>Excluded: never gets a kit</source>
            <translation>Исключено: никогда не получает комплект</translation>
        </message>
    </context>
    <context>
        <name>par.pick_filter</name>
        <message>
            <source>Find: part of a name, a unit or an id</source>
            <translation>Поиск: часть названия, единицы или идентификатора</translation>
        </message>
    </context>
    <context>
        <name>par.pick_id_tip</name>
        <message>
            <source>The institution's id in the register</source>
            <translation>Идентификатор учреждения в реестре</translation>
        </message>
    </context>
    <context>
        <name>par.pick_locked</name>
        <message>
            <source>Lock selected</source>
            <translation>Закрепить выбранные</translation>
        </message>
    </context>
    <context>
        <name>par.pick_locked_tip</name>
        <message>
            <source>Locked: always gets a kit, whatever the plan finds</source>
            <translation>Закреплено: всегда получает комплект, что бы ни нашёл план</translation>
        </message>
    </context>
    <context>
        <name>par.pick_name_tip</name>
        <message>
            <source>The institution's name in the register</source>
            <translation>Название учреждения в реестре</translation>
        </message>
    </context>
    <context>
        <name>par.pick_only</name>
        <message>
            <source>Only ticked</source>
            <translation>Только отмеченные</translation>
        </message>
    </context>
    <context>
        <name>par.pick_release</name>
        <message>
            <source>Release selected</source>
            <translation>Снять отметку с выбранных</translation>
        </message>
    </context>
    <context>
        <name>par.pick_shown</name>
        <message>
            <source>Shown {shown} of {total}.</source>
            <translation>Показано {shown} из {total}.</translation>
        </message>
    </context>
    <context>
        <name>par.pick_type_tip</name>
        <message>
            <source>School, rural health post (FAP) or public service centre</source>
            <translation>Школа, фельдшерско-акушерский пункт (ФАП) или ЦОН</translation>
        </message>
    </context>
    <context>
        <name>par.pick_unit_tip</name>
        <message>
            <source>The district or oblast it is in</source>
            <translation>Район или область</translation>
        </message>
    </context>
    <context>
        <name>par.priority</name>
        <message>
            <source>Priority</source>
            <translation>Приоритет</translation>
        </message>
    </context>
    <context>
        <name>par.reset</name>
        <message>
            <source>Defaults</source>
            <translation>По умолчанию</translation>
        </message>
    </context>
    <context>
        <name>par.rural</name>
        <message>
            <source>Rural</source>
            <translation>Село</translation>
        </message>
    </context>
    <context>
        <name>par.save</name>
        <message>
            <source>Save…</source>
            <translation>Сохранить…</translation>
        </message>
    </context>
    <context>
        <name>par.share</name>
        <message>
            <source>Share</source>
            <translation>Доля</translation>
        </message>
    </context>
    <context>
        <name>par.tab_costs</name>
        <message>
            <source>Costs</source>
            <translation>Стоимость</translation>
        </message>
    </context>
    <context>
        <name>par.tab_groups</name>
        <message>
            <source>Target groups</source>
            <translation>Целевые группы</translation>
        </message>
    </context>
    <context>
        <name>par.tab_institutions</name>
        <message>
            <source>Institutions</source>
            <translation>Учреждения</translation>
        </message>
    </context>
    <context>
        <name>par.tab_limits</name>
        <message>
            <source>Instruments</source>
            <translation>Инструменты</translation>
        </message>
    </context>
    <context>
        <name>par.tab_units</name>
        <message>
            <source>Limits per unit</source>
            <translation>Лимиты по единицам</translation>
        </message>
    </context>
    <context>
        <name>par.tab_weights</name>
        <message>
            <source>Weights</source>
            <translation>Веса</translation>
        </message>
    </context>
    <context>
        <name>par.takeup</name>
        <message>
            <source>Take-up</source>
            <translation>Использование</translation>
        </message>
    </context>
    <context>
        <name>par.title</name>
        <message>
            <source>Planning parameters</source>
            <translation>Параметры планирования</translation>
        </message>
    </context>
    <context>
        <name>par.unit</name>
        <message>
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
    </context>
    <context>
        <name>par.unit_max</name>
        <message>
            <source>At most, ₸</source>
            <translation>Не более, ₸</translation>
        </message>
    </context>
    <context>
        <name>par.unit_max_share</name>
        <message>
            <source>At most, % of budget</source>
            <translation>Не более, % бюджета</translation>
        </message>
    </context>
    <context>
        <name>par.unit_min</name>
        <message>
            <source>At least, ₸</source>
            <translation>Не менее, ₸</translation>
        </message>
    </context>
    <context>
        <name>par.units_intro</name>
        <message>
            <source>Leave a cell empty for no limit. Amounts in ₸; the share is of the whole budget.</source>
            <translation>Пустая ячейка — без ограничения. Суммы в ₸; доля — от всего бюджета.</translation>
        </message>
    </context>
    <context>
        <name>par.urban</name>
        <message>
            <source>Urban</source>
            <translation>Город</translation>
        </message>
    </context>
    <context>
        <name>par.weights_intro</name>
        <message>
            <source>Maximum impact lowers the combined access-gap index the map shows, weighted by each unit's population. The index's weights are therefore the exchange rate between kits and vouchers: raising the institutional weight makes a connected institution worth more against a device or a home connection.</source>
            <translation>Максимальный эффект снижает сводный индекс разрыва доступа, который показывает карта, взвешенный по численности населения единиц. Поэтому веса индекса — это обменный курс между комплектами и ваучерами: чем больше вес институционального разрыва, тем дороже подключённое учреждение по сравнению с устройством или домашним интернетом.</translation>
        </message>
    </context>
    <context>
        <name>pp</name>
        <message>
            <source>pp</source>
            <translation>п. п.</translation>
        </message>
    </context>
    <context>
        <name>print.default_title</name>
        <message>
            <source>Digital access of schools, FAPs and PSCs</source>
            <translation>Цифровой доступ школ, ФАПов и ЦОНов</translation>
        </message>
    </context>
    <context>
        <name>print.dpi</name>
        <message>
            <source>Resolution</source>
            <translation>Разрешение</translation>
        </message>
    </context>
    <context>
        <name>print.failed</name>
        <message>
            <source>Could not write {file}: {reason}</source>
            <translation>Не удалось записать {file}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>print.filter_pdf</name>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Документ PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>print.filter_png</name>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Изображение PNG (*.png)</translation>
        </message>
    </context>
    <context>
        <name>print.format</name>
        <message>
            <source>File type</source>
            <translation>Тип файла</translation>
        </message>
    </context>
    <context>
        <name>print.illustrative</name>
        <message>
            <source>Illustrative sample data — not official statistics</source>
            <translation>Иллюстративные данные — не официальная статистика</translation>
        </message>
    </context>
    <context>
        <name>print.institutions</name>
        <message>
            <source>Show institutions</source>
            <translation>Показать учреждения</translation>
        </message>
    </context>
    <context>
        <name>print.km</name>
        <message>
            <source>km</source>
            <translation>км</translation>
        </message>
    </context>
    <context>
        <name>print.landscape</name>
        <message>
            <source>Landscape</source>
            <translation>Альбомная</translation>
        </message>
    </context>
    <context>
        <name>print.map_title</name>
        <message>
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
    </context>
    <context>
        <name>print.north</name>
        <message>
            <source>N</source>
            <translation>С</translation>
        </message>
    </context>
    <context>
        <name>print.orientation</name>
        <message>
            <source>Orientation</source>
            <translation>Ориентация</translation>
        </message>
    </context>
    <context>
        <name>print.paper</name>
        <message>
            <source>Paper</source>
            <translation>Формат</translation>
        </message>
    </context>
    <context>
        <name>print.plan_line</name>
        <message>
            <source>Plan: {strategy}, budget {budget}</source>
            <translation>План: {strategy}, бюджет {budget}</translation>
        </message>
    </context>
    <context>
        <name>print.portrait</name>
        <message>
            <source>Portrait</source>
            <translation>Книжная</translation>
        </message>
    </context>
    <context>
        <name>print.save</name>
        <message>
            <source>Save as…</source>
            <translation>Сохранить как…</translation>
        </message>
    </context>
    <context>
        <name>print.saved</name>
        <message>
            <source>Map saved: {file}</source>
            <translation>Карта сохранена: {file}</translation>
        </message>
    </context>
    <context>
        <name>print.source</name>
        <message>
            <source>Boundaries: {boundaries}. Data: {data}. Made with KZ Planner {version}, {date}.</source>
            <translation>Границы: {boundaries}. Данные: {data}. Подготовлено в KZ Planner {version}, {date}.</translation>
        </message>
    </context>
    <context>
        <name>print.subtitle</name>
        <message>
            <source>{indicator} — {mode}</source>
            <translation>{indicator} — {mode}</translation>
        </message>
    </context>
    <context>
        <name>print.title</name>
        <message>
            <source>Export map</source>
            <translation>Экспорт карты</translation>
        </message>
    </context>
    <context>
        <name>proj.autosave_set_aside</name>
        <message>
            <source>{count} damaged automatic copies could not be read and were set aside in {folder}: {names}. The others are not affected.</source>
            <translation>Повреждённые автоматические копии ({count}) не читаются и отложены в папку {folder}: {names}. Остальные не затронуты.</translation>
        </message>
    </context>
    <context>
        <name>proj.cancel</name>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>proj.discard</name>
        <message>
            <source>Discard</source>
            <translation>Не сохранять</translation>
        </message>
    </context>
    <context>
        <name>proj.filter</name>
        <message>
            <source>KZ Planner project (*.kzp)</source>
            <translation>Проект KZ Planner (*.kzp)</translation>
        </message>
    </context>
    <context>
        <name>proj.inputs_moved</name>
        <message>
            <source>The project opened with all its data and plans. These files it was made from are not where they were saved (another computer or user folder?):
{files}
You need them only to import the statistics again; put them beside the project file, or choose them again in Data → Sources.</source>
            <translation>Проект открыт со всеми данными и планами. Файлы, из которых он сделан, не найдены там, где были при сохранении (другой компьютер или папка пользователя?):
{files}
Они нужны только для повторного импорта статистики: положите их рядом с файлом проекта или выберите заново в меню Данные → Источники.</translation>
        </message>
    </context>
    <context>
        <name>proj.inputs_moved_title</name>
        <message>
            <source>Input files moved</source>
            <translation>Исходные файлы перемещены</translation>
        </message>
    </context>
    <context>
        <name>proj.later</name>
        <message>
            <source>Decide later</source>
            <translation>Решить позже</translation>
        </message>
    </context>
    <context>
        <name>proj.locked_title</name>
        <message>
            <source>Project in use</source>
            <translation>Проект уже открыт</translation>
        </message>
    </context>
    <context>
        <name>proj.merged</name>
        <message>
            <source>Saved. Another window had saved this project meanwhile; its scenarios are kept beside yours: {names}</source>
            <translation>Сохранено. Другое окно тем временем сохранило этот проект; его сценарии сохранены рядом с вашими: {names}</translation>
        </message>
    </context>
    <context>
        <name>proj.new</name>
        <message>
            <source>&amp;New project</source>
            <translation>&amp;Новый проект</translation>
        </message>
    </context>
    <context>
        <name>proj.open</name>
        <message>
            <source>&amp;Open project…</source>
            <translation>&amp;Открыть проект…</translation>
        </message>
    </context>
    <context>
        <name>proj.open_read_only</name>
        <message>
            <source>Open read-only</source>
            <translation>Открыть только для чтения</translation>
        </message>
    </context>
    <context>
        <name>proj.opened</name>
        <message>
            <source>Project opened: {file}</source>
            <translation>Проект открыт: {file}</translation>
        </message>
    </context>
    <context>
        <name>proj.opening</name>
        <message>
            <source>Opening {file}…</source>
            <translation>Открывается {file}…</translation>
        </message>
    </context>
    <context>
        <name>proj.params</name>
        <message>
            <source>Planning &amp;parameters…</source>
            <translation>&amp;Параметры планирования…</translation>
        </message>
    </context>
    <context>
        <name>proj.read_only_mark</name>
        <message>
            <source>read-only</source>
            <translation>только чтение</translation>
        </message>
    </context>
    <context>
        <name>proj.recent</name>
        <message>
            <source>Open &amp;recent</source>
            <translation>&amp;Недавние проекты</translation>
        </message>
    </context>
    <context>
        <name>proj.recent_none</name>
        <message>
            <source>(none yet)</source>
            <translation>(пока нет)</translation>
        </message>
    </context>
    <context>
        <name>proj.recover</name>
        <message>
            <source>Recover</source>
            <translation>Восстановить</translation>
        </message>
    </context>
    <context>
        <name>proj.recover_text</name>
        <message>
            <source>KZ Planner was not closed properly. Work on “{name}” was saved automatically at {time}. Recover it?</source>
            <translation>KZ Planner был закрыт некорректно. Работа над «{name}» автоматически сохранена в {time}. Восстановить её?</translation>
        </message>
    </context>
    <context>
        <name>proj.recover_title</name>
        <message>
            <source>Recover unsaved work?</source>
            <translation>Восстановить несохранённое?</translation>
        </message>
    </context>
    <context>
        <name>proj.retry</name>
        <message>
            <source>Try again</source>
            <translation>Повторить</translation>
        </message>
    </context>
    <context>
        <name>proj.save</name>
        <message>
            <source>&amp;Save project</source>
            <translation>&amp;Сохранить проект</translation>
        </message>
    </context>
    <context>
        <name>proj.save_as</name>
        <message>
            <source>Save project &amp;as…</source>
            <translation>Сохранить проект &amp;как…</translation>
        </message>
    </context>
    <context>
        <name>proj.save_button</name>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
    </context>
    <context>
        <name>proj.saved</name>
        <message>
            <source>Project saved: {file}</source>
            <translation>Проект сохранён: {file}</translation>
        </message>
    </context>
    <context>
        <name>proj.unsaved_text</name>
        <message>
            <source>“{name}” has changes that are not saved. Save them first?</source>
            <translation>В проекте «{name}» есть несохранённые изменения. Сохранить их?</translation>
        </message>
    </context>
    <context>
        <name>proj.unsaved_title</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
    </context>
    <context>
        <name>proj.untitled</name>
        <message>
            <source>Untitled project</source>
            <translation>Новый проект</translation>
        </message>
    </context>
    <context>
        <name>res.budget</name>
        <message>
            <source>Budget</source>
            <translation>Бюджет</translation>
        </message>
    </context>
    <context>
        <name>res.gap</name>
        <message>
            <source>Combined gap, national</source>
            <translation>Сводный разрыв, страна</translation>
        </message>
    </context>
    <context>
        <name>res.gini</name>
        <message>
            <source>Inequality between units</source>
            <translation>Неравенство между территориями</translation>
        </message>
    </context>
    <context>
        <name>res.gini_tip</name>
        <message>
            <source>How unevenly the combined access gap is spread over the units (Gini index): 0 = every unit has the same gap, 1 = all of the gap in one unit. Lower is fairer.</source>
            <translation>Насколько неравномерно сводный разрыв доступа распределён по территориям (индекс Джини): 0 — у всех территорий одинаковый разрыв, 1 — весь разрыв в одной. Чем меньше, тем равномернее.</translation>
        </message>
    </context>
    <context>
        <name>res.kits</name>
        <message>
            <source>Connectivity kits</source>
            <translation>Комплекты подключения</translation>
        </message>
    </context>
    <context>
        <name>res.no_plan</name>
        <message>
            <source>No plan yet. Set the budget and press “Run plan”.</source>
            <translation>Плана пока нет. Задайте бюджет и нажмите «Рассчитать план».</translation>
        </message>
    </context>
    <context>
        <name>res.objective</name>
        <message>
            <source>Aim</source>
            <translation>Цель</translation>
        </message>
    </context>
    <context>
        <name>res.of_budget</name>
        <message>
            <source>of {budget}</source>
            <translation>из {budget}</translation>
        </message>
    </context>
    <context>
        <name>res.per.households</name>
        <message>
            <source>per household</source>
            <translation>на домохозяйство</translation>
        </message>
    </context>
    <context>
        <name>res.per.people</name>
        <message>
            <source>per person</source>
            <translation>на человека</translation>
        </message>
    </context>
    <context>
        <name>res.reason</name>
        <message>
            <source>Why unspent</source>
            <translation>Причина остатка</translation>
        </message>
    </context>
    <context>
        <name>res.reduction</name>
        <message>
            <source>{value} pp</source>
            <translation>{value} п. п.</translation>
        </message>
    </context>
    <context>
        <name>res.section.budget</name>
        <message>
            <source>Budget</source>
            <translation>Бюджет</translation>
        </message>
    </context>
    <context>
        <name>res.section.gaps</name>
        <message>
            <source>Gaps, before → after</source>
            <translation>Разрывы, до → после</translation>
        </message>
    </context>
    <context>
        <name>res.section.instruments</name>
        <message>
            <source>Instruments</source>
            <translation>Инструменты</translation>
        </message>
    </context>
    <context>
        <name>res.section.measures</name>
        <message>
            <source>Each measure on its own</source>
            <translation>Каждый показатель отдельно</translation>
        </message>
    </context>
    <context>
        <name>res.section.objective</name>
        <message>
            <source>What the plan aims at</source>
            <translation>Цель плана</translation>
        </message>
    </context>
    <context>
        <name>res.served</name>
        <message>
            <source>{n} ({whom}: {people})</source>
            <translation>{n} ({whom}: {people})</translation>
        </message>
    </context>
    <context>
        <name>res.serving</name>
        <message>
            <source>serving {people} people · {cost} per institution</source>
            <translation>обслуживают {people} чел. · {cost} на учреждение</translation>
        </message>
    </context>
    <context>
        <name>res.serving.summed</name>
        <message>
            <source>serving {people} people, counted at each type · {cost} per institution</source>
            <translation>обслуживают {people} чел., учтены в каждом типе · {cost} на учреждение</translation>
        </message>
    </context>
    <context>
        <name>res.solver</name>
        <message>
            <source>Method</source>
            <translation>Метод</translation>
        </message>
    </context>
    <context>
        <name>res.solver_credited</name>
        <message>
            <source>; FAPs and PSCs counted by credited coverage (the coverage reached is not less)</source>
            <translation>; ФАП и ЦОН — по засчитанному охвату (достигнутый охват не меньше)</translation>
        </message>
    </context>
    <context>
        <name>res.solver_exact</name>
        <message>
            <source>the best possible plan, {seconds} s</source>
            <translation>наилучший возможный план, {seconds} с</translation>
        </message>
    </context>
    <context>
        <name>res.solver_gap</name>
        <message>
            <source>best plan found in the time, at most {gap} short of the best, {seconds} s</source>
            <translation>лучший план за отведённое время, не более чем на {gap} хуже наилучшего, {seconds} с</translation>
        </message>
    </context>
    <context>
        <name>res.solver_rule</name>
        <message>
            <source>rule-based</source>
            <translation>по правилу</translation>
        </message>
    </context>
    <context>
        <name>res.solver_tip</name>
        <message>
            <source>Maximum impact computes the plan that lowers the gap most for the budget (a mathematical optimisation); the other strategies follow a fixed rule.</source>
            <translation>«Максимальный эффект» рассчитывает план, который сильнее всего снижает разрыв при данном бюджете (математическая оптимизация); остальные стратегии следуют заданному правилу.</translation>
        </message>
    </context>
    <context>
        <name>res.spent</name>
        <message>
            <source>Spent</source>
            <translation>Израсходовано</translation>
        </message>
    </context>
    <context>
        <name>res.target</name>
        <message>
            <source>target {year}: {value}</source>
            <translation>цель {year}: {value}</translation>
        </message>
    </context>
    <context>
        <name>res.title</name>
        <message>
            <source>Results</source>
            <translation>Результаты</translation>
        </message>
    </context>
    <context>
        <name>res.unspent</name>
        <message>
            <source>Unspent</source>
            <translation>Остаток</translation>
        </message>
    </context>
    <context>
        <name>res.vouchers</name>
        <message>
            <source>Vouchers issued</source>
            <translation>Выдано ваучеров</translation>
        </message>
    </context>
    <context>
        <name>res.vouchers_cost</name>
        <message>
            <source>{n} vouchers · {cost} {per}</source>
            <translation>ваучеров: {n} · {cost} {per}</translation>
        </message>
    </context>
    <context>
        <name>scheme.box_map</name>
        <message>
            <source>Box map (outliers)</source>
            <translation>Ящичная карта (выбросы)</translation>
        </message>
    </context>
    <context>
        <name>scheme.breaks_prompt</name>
        <message>
            <source>Upper limits of the classes, separated by semicolons (e.g. 20; 30; 40):</source>
            <translation>Верхние границы классов через точку с запятой (например, 20; 30; 40):</translation>
        </message>
    </context>
    <context>
        <name>scheme.breaks_title</name>
        <message>
            <source>Class breaks</source>
            <translation>Границы классов</translation>
        </message>
    </context>
    <context>
        <name>scheme.equal_interval</name>
        <message>
            <source>Equal intervals</source>
            <translation>Равные интервалы</translation>
        </message>
    </context>
    <context>
        <name>scheme.fisher_jenks</name>
        <message>
            <source>Natural breaks</source>
            <translation>Естественные границы</translation>
        </message>
    </context>
    <context>
        <name>scheme.policy</name>
        <message>
            <source>Policy thresholds 0/50/80/100 %</source>
            <translation>Пороги 0/50/80/100 %</translation>
        </message>
    </context>
    <context>
        <name>scheme.quantiles</name>
        <message>
            <source>Same number of units per class</source>
            <translation>Поровну территорий в классе</translation>
        </message>
    </context>
    <context>
        <name>scheme.user_defined</name>
        <message>
            <source>My breaks…</source>
            <translation>Свои границы…</translation>
        </message>
    </context>
    <context>
        <name>scn.activate</name>
        <message>
            <source>&amp;Work on it</source>
            <translation>&amp;Сделать текущим</translation>
        </message>
    </context>
    <context>
        <name>scn.activate_tip</name>
        <message>
            <source>Show this scenario on the map, in the table and the results</source>
            <translation>Показать этот сценарий на карте, в таблице и в результатах</translation>
        </message>
    </context>
    <context>
        <name>scn.active</name>
        <message>
            <source>Working on: {name}</source>
            <translation>Текущий: {name}</translation>
        </message>
    </context>
    <context>
        <name>scn.choose</name>
        <message>
            <source>Mark as &amp;chosen</source>
            <translation>Отметить &amp;выбранным</translation>
        </message>
    </context>
    <context>
        <name>scn.choose_tip</name>
        <message>
            <source>Mark (★) the scenario proposed to the budget commission</source>
            <translation>Отметить (★) сценарий для бюджетной комиссии</translation>
        </message>
    </context>
    <context>
        <name>scn.chosen_mark</name>
        <message>
            <source>★ chosen for the budget commission</source>
            <translation>★ выбран для бюджетной комиссии</translation>
        </message>
    </context>
    <context>
        <name>scn.compare</name>
        <message>
            <source>Co&amp;mpare selected (2–3)</source>
            <translation>С&amp;равнить выбранные (2–3)</translation>
        </message>
    </context>
    <context>
        <name>scn.compare_tip</name>
        <message>
            <source>Select two or three scenarios with Ctrl+click</source>
            <translation>Выберите два-три сценария, удерживая Ctrl</translation>
        </message>
    </context>
    <context>
        <name>scn.copy_of</name>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (копия)</translation>
        </message>
    </context>
    <context>
        <name>scn.created</name>
        <message>
            <source>Created {date}</source>
            <translation>Создан {date}</translation>
        </message>
    </context>
    <context>
        <name>scn.default_name</name>
        <message>
            <source>Scenario {n}</source>
            <translation>Сценарий {n}</translation>
        </message>
    </context>
    <context>
        <name>scn.delete</name>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Удалить</translation>
        </message>
    </context>
    <context>
        <name>scn.delete_tip</name>
        <message>
            <source>Delete the selected scenarios (Ctrl+Z brings them back)</source>
            <translation>Удалить выбранные сценарии (Ctrl+Z вернёт их)</translation>
        </message>
    </context>
    <context>
        <name>scn.duplicate</name>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Копировать</translation>
        </message>
    </context>
    <context>
        <name>scn.duplicate_tip</name>
        <message>
            <source>A copy of the selected scenario to try changes on</source>
            <translation>Копия выбранного сценария для проб</translation>
        </message>
    </context>
    <context>
        <name>scn.new</name>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Новый</translation>
        </message>
    </context>
    <context>
        <name>scn.new_tip</name>
        <message>
            <source>Keep the current parameters and plan as a new scenario</source>
            <translation>Сохранить текущие параметры и план как новый сценарий</translation>
        </message>
    </context>
    <context>
        <name>scn.no_active</name>
        <message>
            <source>The current plan is not a scenario yet: “New” keeps it under a name.</source>
            <translation>Текущий план ещё не сценарий: «Новый» сохранит его под именем.</translation>
        </message>
    </context>
    <context>
        <name>scn.notes</name>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
    </context>
    <context>
        <name>scn.notes_hint</name>
        <message>
            <source>Why this scenario, what was agreed…</source>
            <translation>Зачем этот сценарий, о чём договорились…</translation>
        </message>
    </context>
    <context>
        <name>scn.rename</name>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Переименовать</translation>
        </message>
    </context>
    <context>
        <name>scn.rename_tip</name>
        <message>
            <source>Rename the selected scenario (F2)</source>
            <translation>Переименовать выбранный сценарий (F2)</translation>
        </message>
    </context>
    <context>
        <name>scn.title</name>
        <message>
            <source>Scenarios</source>
            <translation>Сценарии</translation>
        </message>
    </context>
    <context>
        <name>set.act_load</name>
        <message>
            <source>Load &amp;settlements…</source>
            <translation>Загрузить &amp;населённые пункты…</translation>
        </message>
    </context>
    <context>
        <name>set.act_sample</name>
        <message>
            <source>Sample settlements (illustrative)</source>
            <translation>Населённые пункты примера (условные)</translation>
        </message>
    </context>
    <context>
        <name>set.card.covered</name>
        <message>
            <source>covered</source>
            <translation>охвачен</translation>
        </message>
    </context>
    <context>
        <name>set.card.illustrative</name>
        <message>
            <source>illustrative sample</source>
            <translation>условный пример</translation>
        </message>
    </context>
    <context>
        <name>set.card.nearest</name>
        <message>
            <source>nearest: {name}, {km} km, access: {access}</source>
            <translation>ближайшее: {name}, {km} км, доступ: {access}</translation>
        </message>
    </context>
    <context>
        <name>set.card.newly</name>
        <message>
            <source>covered by this plan</source>
            <translation>охвачен этим планом</translation>
        </message>
    </context>
    <context>
        <name>set.card.place</name>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
    </context>
    <context>
        <name>set.card.population</name>
        <message>
            <source>Population</source>
            <translation>Население</translation>
        </message>
    </context>
    <context>
        <name>set.card.uncovered</name>
        <message>
            <source>not covered</source>
            <translation>не охвачен</translation>
        </message>
    </context>
    <context>
        <name>set.card.unit</name>
        <message>
            <source>District</source>
            <translation>Район</translation>
        </message>
    </context>
    <context>
        <name>set.col.access</name>
        <message>
            <source>Its access</source>
            <translation>Его доступ</translation>
        </message>
    </context>
    <context>
        <name>set.col.by_plan</name>
        <message>
            <source>By this plan</source>
            <translation>Этим планом</translation>
        </message>
    </context>
    <context>
        <name>set.col.km</name>
        <message>
            <source>km</source>
            <translation>км</translation>
        </message>
    </context>
    <context>
        <name>set.col.name</name>
        <message>
            <source>Settlement</source>
            <translation>Населённый пункт</translation>
        </message>
    </context>
    <context>
        <name>set.col.nearest</name>
        <message>
            <source>Nearest</source>
            <translation>Ближайшее</translation>
        </message>
    </context>
    <context>
        <name>set.col.population</name>
        <message>
            <source>Population</source>
            <translation>Население</translation>
        </message>
    </context>
    <context>
        <name>set.col.unit</name>
        <message>
            <source>District</source>
            <translation>Район</translation>
        </message>
    </context>
    <context>
        <name>set.dlg_filter</name>
        <message>
            <source>Settlements (*.gpkg *.geojson *.json *.shp *.xlsx *.xls *.csv);;All files (*)</source>
            <translation>Населённые пункты (*.gpkg *.geojson *.json *.shp *.xlsx *.xls *.csv);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>set.dlg_title</name>
        <message>
            <source>Load settlements</source>
            <translation>Загрузка населённых пунктов</translation>
        </message>
    </context>
    <context>
        <name>set.dock</name>
        <message>
            <source>Villages without access</source>
            <translation>Сёла без доступа</translation>
        </message>
    </context>
    <context>
        <name>set.empty</name>
        <message>
            <source>No settlements loaded: File → Load settlements…</source>
            <translation>Населённые пункты не загружены: Файл → Загрузить населённые пункты…</translation>
        </message>
    </context>
    <context>
        <name>set.estimated</name>
        <message>
            <source>estimated</source>
            <translation>оценка</translation>
        </message>
    </context>
    <context>
        <name>set.estimated_tip</name>
        <message>
            <source>≈ the population is an estimate: the district's population not in settlements with a known population, shared by place type</source>
            <translation>≈ население оценено: население района сверх известного, поделённое по типу пункта</translation>
        </message>
    </context>
    <context>
        <name>set.hide_planned</name>
        <message>
            <source>Hide villages this plan covers</source>
            <translation>Скрыть сёла, охваченные планом</translation>
        </message>
    </context>
    <context>
        <name>set.hide_planned_tip</name>
        <message>
            <source>The plan's kits bring a connected institution within reach of these villages: hide them to see what remains without access after the plan.</source>
            <translation>Комплекты плана приближают подключённое учреждение к этим сёлам: скройте их, чтобы увидеть, что останется без доступа после плана.</translation>
        </message>
    </context>
    <context>
        <name>set.ind.covered</name>
        <message>
            <source>Population with a connected {kind} within reach</source>
            <translation>Население с подключённым учреждением «{kind}» в радиусе</translation>
        </message>
    </context>
    <context>
        <name>set.ind.uncovered</name>
        <message>
            <source>Population without a connected {kind} within reach</source>
            <translation>Население без подключённого учреждения «{kind}» в радиусе</translation>
        </message>
    </context>
    <context>
        <name>set.kind</name>
        <message>
            <source>Institution</source>
            <translation>Учреждение</translation>
        </message>
    </context>
    <context>
        <name>set.kind.fap</name>
        <message>
            <source>FAP</source>
            <translation>ФАП</translation>
        </message>
    </context>
    <context>
        <name>set.kind.psc</name>
        <message>
            <source>PSC</source>
            <translation>ЦОН</translation>
        </message>
    </context>
    <context>
        <name>set.kind.school</name>
        <message>
            <source>school</source>
            <translation>школа</translation>
        </message>
    </context>
    <context>
        <name>set.kit_villages</name>
        <message>
            <source>Villages this kit covers</source>
            <translation>Сёла, охватываемые комплектом</translation>
        </message>
    </context>
    <context>
        <name>set.kit_villages_none</name>
        <message>
            <source>Pick a kit in the table to see the villages it covers.</source>
            <translation>Выберите комплект в таблице, чтобы увидеть его сёла.</translation>
        </message>
    </context>
    <context>
        <name>set.kits_note</name>
        <message>
            <source>The plan's FAP and PSC kits (and schools) with the settlements each newly covers; a settlement several kits reach counts to one of them (✓).</source>
            <translation>Комплекты плана с населёнными пунктами, которые каждый охватывает впервые; пункт, который достают несколько комплектов, засчитан одному (✓).</translation>
        </message>
    </context>
    <context>
        <name>set.legend.before</name>
        <message>
            <source>covered before the plan</source>
            <translation>есть до плана</translation>
        </message>
    </context>
    <context>
        <name>set.legend.covered</name>
        <message>
            <source>covered</source>
            <translation>есть</translation>
        </message>
    </context>
    <context>
        <name>set.legend.estimated</name>
        <message>
            <source>ring: population estimated</source>
            <translation>кольцо: население оценено</translation>
        </message>
    </context>
    <context>
        <name>set.legend.newly</name>
        <message>
            <source>newly covered by this plan</source>
            <translation>впервые охвачены этим планом</translation>
        </message>
    </context>
    <context>
        <name>set.legend.note</name>
        <message>
            <source>Size: population; dots: no room at this zoom.</source>
            <translation>Размер — население; точки — нет места при этом масштабе.</translation>
        </message>
    </context>
    <context>
        <name>set.legend.still</name>
        <message>
            <source>still not covered</source>
            <translation>по-прежнему нет</translation>
        </message>
    </context>
    <context>
        <name>set.legend.title</name>
        <message>
            <source>Settlements: connected {kind} within {km} km</source>
            <translation>Нас. пункты: подключённое учреждение «{kind}» в {km} км</translation>
        </message>
    </context>
    <context>
        <name>set.legend.uncovered</name>
        <message>
            <source>not covered</source>
            <translation>нет</translation>
        </message>
    </context>
    <context>
        <name>set.loaded</name>
        <message>
            <source>{placed} settlements placed ({estimated} with an estimated population, {outside} outside the units)</source>
            <translation>Размещено населённых пунктов: {placed} (с оценкой населения: {estimated}, вне единиц: {outside})</translation>
        </message>
    </context>
    <context>
        <name>set.next.col.cost</name>
        <message>
            <source>Kit cost, ₸</source>
            <translation>Стоимость, ₸</translation>
        </message>
    </context>
    <context>
        <name>set.next.col.name</name>
        <message>
            <source>Institution</source>
            <translation>Учреждение</translation>
        </message>
    </context>
    <context>
        <name>set.next.col.newly</name>
        <message>
            <source>People newly covered</source>
            <translation>Новый охват, чел.</translation>
        </message>
    </context>
    <context>
        <name>set.next.col.per_million</name>
        <message>
            <source>People per million ₸</source>
            <translation>Чел. на 1 млн ₸</translation>
        </message>
    </context>
    <context>
        <name>set.next.col.type</name>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
    </context>
    <context>
        <name>set.next.note</name>
        <message>
            <source>Institutions without access, by the people a kit would newly cover per ₸.</source>
            <translation>Учреждения без доступа по числу людей, которых комплект охватит впервые, на 1 ₸.</translation>
        </message>
    </context>
    <context>
        <name>set.no</name>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
    </context>
    <context>
        <name>set.none</name>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
    </context>
    <context>
        <name>set.place.city</name>
        <message>
            <source>City</source>
            <translation>Город</translation>
        </message>
    </context>
    <context>
        <name>set.place.hamlet</name>
        <message>
            <source>Hamlet</source>
            <translation>Малое село</translation>
        </message>
    </context>
    <context>
        <name>set.place.isolated_dwelling</name>
        <message>
            <source>Isolated dwelling</source>
            <translation>Отдельный двор, зимовка</translation>
        </message>
    </context>
    <context>
        <name>set.place.town</name>
        <message>
            <source>Town</source>
            <translation>Малый город, посёлок</translation>
        </message>
    </context>
    <context>
        <name>set.place.village</name>
        <message>
            <source>Village</source>
            <translation>Село</translation>
        </message>
    </context>
    <context>
        <name>set.project_moved</name>
        <message>
            <source>The settlement layer is read from its file, not kept in the project: until the file is back beside the project or loaded again (File → Load settlements…), the map shows no settlements. Its reach and place weights are kept.</source>
            <translation>Слой населённых пунктов читается из своего файла и не хранится в проекте: пока файл не будет рядом с проектом или не загружен снова (Файл → Загрузить населённые пункты…), на карте нет населённых пунктов. Радиусы и веса типов сохранены.</translation>
        </message>
    </context>
    <context>
        <name>set.project_unusable</name>
        <message>
            <source>The project opened with all its data and plans, but its settlement file could not be used:
{error}
The map shows no settlements until you load a settlement file again (File → Load settlements…); the reach and place weights are kept.</source>
            <translation>Проект открыт со всеми данными и планами, но его файл населённых пунктов не удалось использовать:
{error}
На карте нет населённых пунктов, пока вы не загрузите файл снова (Файл → Загрузить населённые пункты…); радиусы и веса типов сохранены.</translation>
        </message>
    </context>
    <context>
        <name>set.project_unusable_title</name>
        <message>
            <source>Settlement file not used</source>
            <translation>Файл населённых пунктов не использован</translation>
        </message>
    </context>
    <context>
        <name>set.reach</name>
        <message>
            <source>Reach, km</source>
            <translation>Радиус, км</translation>
        </message>
    </context>
    <context>
        <name>set.reach_tip</name>
        <message>
            <source>A settlement is covered when an institution of this type with access lies within this straight-line distance</source>
            <translation>Населённый пункт охвачен, если учреждение этого типа с доступом находится не дальше этого расстояния по прямой</translation>
        </message>
    </context>
    <context>
        <name>set.show</name>
        <message>
            <source>Settlements</source>
            <translation>Нас. пункты</translation>
        </message>
    </context>
    <context>
        <name>set.show_tip</name>
        <message>
            <source>Settlements coloured by whether a connected institution of the chosen type lies within reach, sized by population</source>
            <translation>Населённые пункты: цвет — есть ли в радиусе подключённое учреждение выбранного типа, размер — население</translation>
        </message>
    </context>
    <context>
        <name>set.status_loading</name>
        <message>
            <source>Placing settlements…</source>
            <translation>Размещение населённых пунктов…</translation>
        </message>
    </context>
    <context>
        <name>set.summary</name>
        <message>
            <source>{n} settlements, {people} people without a connected {kind} within {km} km</source>
            <translation>{n} нас. пунктов, {people} чел. без подключённого учреждения «{kind}» в {km} км</translation>
        </message>
    </context>
    <context>
        <name>set.summary_after</name>
        <message>
            <source>After the plan: {n} settlements, {people} people remain without a connected {kind} within {km} km</source>
            <translation>После плана: {n} нас. пунктов, {people} чел. остаются без подключённого учреждения «{kind}» в {km} км</translation>
        </message>
    </context>
    <context>
        <name>set.tab_kits</name>
        <message>
            <source>Villages per kit</source>
            <translation>Сёла по комплектам</translation>
        </message>
    </context>
    <context>
        <name>set.tab_next</name>
        <message>
            <source>Next kit</source>
            <translation>Следующий комплект</translation>
        </message>
    </context>
    <context>
        <name>set.tab_villages</name>
        <message>
            <source>Without access</source>
            <translation>Без доступа</translation>
        </message>
    </context>
    <context>
        <name>set.weights</name>
        <message>
            <source>Place weights…</source>
            <translation>Веса типов…</translation>
        </message>
    </context>
    <context>
        <name>set.weights_note</name>
        <message>
            <source>A district's population not accounted for by settlements with a known population is shared across the others in proportion to these weights.</source>
            <translation>Население района, не учтённое в пунктах с известной численностью, делится между остальными пропорционально этим весам.</translation>
        </message>
    </context>
    <context>
        <name>set.weights_title</name>
        <message>
            <source>Weights of place types</source>
            <translation>Веса типов населённых пунктов</translation>
        </message>
    </context>
    <context>
        <name>set.yes</name>
        <message>
            <source>yes</source>
            <translation>есть</translation>
        </message>
    </context>
    <context>
        <name>stage.boundaries</name>
        <message>
            <source>reading boundaries</source>
            <translation>чтение границ</translation>
        </message>
    </context>
    <context>
        <name>stage.curve</name>
        <message>
            <source>impact vs budget</source>
            <translation>кривая эффекта</translation>
        </message>
    </context>
    <context>
        <name>stage.done</name>
        <message>
            <source>done</source>
            <translation>готово</translation>
        </message>
    </context>
    <context>
        <name>stage.institutions</name>
        <message>
            <source>reading institutions</source>
            <translation>чтение учреждений</translation>
        </message>
    </context>
    <context>
        <name>stage.items</name>
        <message>
            <source>listing what can be bought</source>
            <translation>подготовка вариантов закупки</translation>
        </message>
    </context>
    <context>
        <name>stage.map</name>
        <message>
            <source>preparing the map</source>
            <translation>подготовка карты</translation>
        </message>
    </context>
    <context>
        <name>stage.project</name>
        <message>
            <source>projecting gaps</source>
            <translation>прогноз разрывов</translation>
        </message>
    </context>
    <context>
        <name>stage.solve</name>
        <message>
            <source>finding the best plan</source>
            <translation>поиск лучшего плана</translation>
        </message>
    </context>
    <context>
        <name>stage.statistics</name>
        <message>
            <source>reading statistics</source>
            <translation>чтение статистики</translation>
        </message>
    </context>
    <context>
        <name>stage.written</name>
        <message>
            <source>workbook written</source>
            <translation>файл записан</translation>
        </message>
    </context>
    <context>
        <name>status.data</name>
        <message>
            <source>Illustrative sample · {boundaries}</source>
            <translation>Иллюстративные данные · {boundaries}</translation>
        </message>
    </context>
    <context>
        <name>status.exported</name>
        <message>
            <source>Plan saved: {file}</source>
            <translation>План сохранён: {file}</translation>
        </message>
    </context>
    <context>
        <name>status.exporting</name>
        <message>
            <source>Writing {file}…</source>
            <translation>Запись {file}…</translation>
        </message>
    </context>
    <context>
        <name>status.loaded</name>
        <message>
            <source>Loaded {units} units, {institutions} institutions</source>
            <translation>Загружено: территорий {units}, учреждений {institutions}</translation>
        </message>
    </context>
    <context>
        <name>status.loading</name>
        <message>
            <source>Loading data…</source>
            <translation>Загрузка данных…</translation>
        </message>
    </context>
    <context>
        <name>status.plan_ready</name>
        <message>
            <source>Plan ready</source>
            <translation>План готов</translation>
        </message>
    </context>
    <context>
        <name>status.planning</name>
        <message>
            <source>Planning…</source>
            <translation>Расчёт плана…</translation>
        </message>
    </context>
    <context>
        <name>status.ready</name>
        <message>
            <source>Ready</source>
            <translation>Готово</translation>
        </message>
    </context>
    <context>
        <name>sweep.budget</name>
        <message>
            <source>Budget</source>
            <translation>Бюджет</translation>
        </message>
    </context>
    <context>
        <name>sweep.combined_gap_after</name>
        <message>
            <source>Combined gap after</source>
            <translation>Сводный разрыв после</translation>
        </message>
    </context>
    <context>
        <name>sweep.institutions</name>
        <message>
            <source>Institutions connected</source>
            <translation>Подключено учреждений</translation>
        </message>
    </context>
    <context>
        <name>sweep.objective</name>
        <message>
            <source>Gap reduction, person-points</source>
            <translation>Сокращение разрыва, человеко-пункты</translation>
        </message>
    </context>
    <context>
        <name>sweep.people_device</name>
        <message>
            <source>New with a device, people</source>
            <translation>Впервые с устройством, чел.</translation>
        </message>
    </context>
    <context>
        <name>sweep.people_institutional</name>
        <message>
            <source>Served by connected institutions, people</source>
            <translation>Обслуживаются подключёнными учреждениями, чел.</translation>
        </message>
    </context>
    <context>
        <name>sweep.people_internet</name>
        <message>
            <source>New with home internet</source>
            <translation>Впервые с домашним интернетом</translation>
        </message>
    </context>
    <context>
        <name>sweep.spent</name>
        <message>
            <source>Spent</source>
            <translation>Израсходовано</translation>
        </message>
    </context>
    <context>
        <name>table.title</name>
        <message>
            <source>Units</source>
            <translation>Территории</translation>
        </message>
    </context>
    <context>
        <name>tooltip.population</name>
        <message>
            <source>Population</source>
            <translation>Население</translation>
        </message>
    </context>
    <context>
        <name>tooltip.rank</name>
        <message>
            <source>Rank {rank} of {n} (1 = worst)</source>
            <translation>Место {rank} из {n} (1 — худшее)</translation>
        </message>
    </context>
    <context>
        <name>tooltip.rank_change</name>
        <message>
            <source>Rank {rank} of {n} (1 = largest improvement)</source>
            <translation>Место {rank} из {n} (1 — наибольшее улучшение)</translation>
        </message>
    </context>
    <context>
        <name>type.fap</name>
        <message>
            <source>FAPs</source>
            <translation>ФАПы</translation>
        </message>
    </context>
    <context>
        <name>type.psc</name>
        <message>
            <source>PSCs</source>
            <translation>ЦОНы</translation>
        </message>
    </context>
    <context>
        <name>type.school</name>
        <message>
            <source>schools</source>
            <translation>школы</translation>
        </message>
    </context>
    <context>
        <name>undo.budget</name>
        <message>
            <source>budget change</source>
            <translation>изменение бюджета</translation>
        </message>
    </context>
    <context>
        <name>undo.edit_allocation</name>
        <message>
            <source>allocation edit</source>
            <translation>правка распределения</translation>
        </message>
    </context>
    <context>
        <name>undo.equity</name>
        <message>
            <source>fairness change</source>
            <translation>изменение справедливости</translation>
        </message>
    </context>
    <context>
        <name>undo.params</name>
        <message>
            <source>parameters</source>
            <translation>параметры</translation>
        </message>
    </context>
    <context>
        <name>undo.redo</name>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
    </context>
    <context>
        <name>undo.replan</name>
        <message>
            <source>new plan</source>
            <translation>новый расчёт плана</translation>
        </message>
    </context>
    <context>
        <name>undo.scenario_add</name>
        <message>
            <source>new scenario</source>
            <translation>новый сценарий</translation>
        </message>
    </context>
    <context>
        <name>undo.scenario_choose</name>
        <message>
            <source>chosen scenario</source>
            <translation>выбор сценария</translation>
        </message>
    </context>
    <context>
        <name>undo.scenario_delete</name>
        <message>
            <source>delete scenario</source>
            <translation>удаление сценария</translation>
        </message>
    </context>
    <context>
        <name>undo.scenario_duplicate</name>
        <message>
            <source>copy of scenario</source>
            <translation>копия сценария</translation>
        </message>
    </context>
    <context>
        <name>undo.scenario_notes</name>
        <message>
            <source>scenario notes</source>
            <translation>заметки к сценарию</translation>
        </message>
    </context>
    <context>
        <name>undo.scenario_rename</name>
        <message>
            <source>rename scenario</source>
            <translation>переименование сценария</translation>
        </message>
    </context>
    <context>
        <name>undo.scenario_switch</name>
        <message>
            <source>switch scenario</source>
            <translation>смена сценария</translation>
        </message>
    </context>
    <context>
        <name>undo.strategy</name>
        <message>
            <source>strategy change</source>
            <translation>смена стратегии</translation>
        </message>
    </context>
    <context>
        <name>undo.undo</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
    </context>
    <context>
        <name>voucher.device</name>
        <message>
            <source>devices</source>
            <translation>устройства</translation>
        </message>
    </context>
    <context>
        <name>voucher.internet</name>
        <message>
            <source>internet</source>
            <translation>интернет</translation>
        </message>
    </context>
    <context>
        <name>banner.missing.institutions</name>
        <message>
            <source>institutions (numbers of schools, FAPs, PSCs, or a register)</source>
            <translation type="vanished">учреждения (число школ, ФАПов, ЦОНов или реестр)</translation>
        </message>
    </context>
    <context>
        <name>banner.missing.population</name>
        <message>
            <source>population</source>
            <translation type="vanished">численность населения</translation>
        </message>
    </context>
    <context>
        <name>banner.missing.target_groups</name>
        <message>
            <source>target groups (eligible, without a device, without internet)</source>
            <translation type="vanished">целевые группы (имеющие право, без устройства, без интернета)</translation>
        </message>
    </context>
    <context>
        <name>charts.people_axis</name>
        <message>
            <source>thousand people</source>
            <translation type="vanished">тыс. чел.</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_cost_per_person</name>
        <message>
            <source>Cost per person</source>
            <translation type="vanished">Затраты на человека</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_kits</name>
        <message>
            <source>Connectivity kits</source>
            <translation type="vanished">Комплекты подключения</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_people_device</name>
        <message>
            <source>… a device</source>
            <translation type="vanished">… к устройству</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_people_institutional</name>
        <message>
            <source>… through institutions</source>
            <translation type="vanished">… через учреждения</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_people_internet</name>
        <message>
            <source>… the internet</source>
            <translation type="vanished">… к интернету</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_people_total</name>
        <message>
            <source>People newly with access</source>
            <translation type="vanished">Получат доступ, чел.</translation>
        </message>
    </context>
    <context>
        <name>col.people</name>
        <message>
            <source>People newly
with access</source>
            <translation type="vanished">Получат
доступ, чел.</translation>
        </message>
    </context>
    <context>
        <name>data.issue.connected_exceeds_total</name>
        <message>
            <source>Connected more than total</source>
            <translation type="vanished">Подключённых больше, чем всего</translation>
        </message>
    </context>
    <context>
        <name>data.issue.duplicate_row</name>
        <message>
            <source>Duplicate row</source>
            <translation type="vanished">Повторная строка</translation>
        </message>
    </context>
    <context>
        <name>data.issue.duplicate_unit_code</name>
        <message>
            <source>Unit code twice in the boundaries</source>
            <translation type="vanished">Код единицы повторяется в границах</translation>
        </message>
    </context>
    <context>
        <name>data.issue.empty_geometry</name>
        <message>
            <source>Unit without geometry</source>
            <translation type="vanished">Единица без геометрии</translation>
        </message>
    </context>
    <context>
        <name>data.issue.fuzzy_match</name>
        <message>
            <source>Fuzzy match to confirm</source>
            <translation type="vanished">Нечёткое совпадение — подтвердите</translation>
        </message>
    </context>
    <context>
        <name>data.issue.geometry_repaired</name>
        <message>
            <source>Polygon repaired</source>
            <translation type="vanished">Полигон исправлен</translation>
        </message>
    </context>
    <context>
        <name>data.issue.inputs_missing</name>
        <message>
            <source>Not in the statistics</source>
            <translation type="vanished">Нет в статистике</translation>
        </message>
    </context>
    <context>
        <name>data.issue.institution_without_unit</name>
        <message>
            <source>Institution outside every unit</source>
            <translation type="vanished">Учреждение вне единиц</translation>
        </message>
    </context>
    <context>
        <name>data.issue.layout_detected</name>
        <message>
            <source>Layout detected automatically</source>
            <translation type="vanished">Структура определена автоматически</translation>
        </message>
    </context>
    <context>
        <name>data.issue.statistics</name>
        <message>
            <source>Statistics</source>
            <translation type="vanished">Статистика</translation>
        </message>
    </context>
    <context>
        <name>data.measure.device_voucher_issued</name>
        <message>
            <source>Device vouchers issued</source>
            <translation type="vanished">Выдано ваучеров на устройства</translation>
        </message>
    </context>
    <context>
        <name>data.measure.device_voucher_redeemed</name>
        <message>
            <source>Device vouchers redeemed</source>
            <translation type="vanished">Погашено ваучеров на устройства</translation>
        </message>
    </context>
    <context>
        <name>data.measure.device_voucher_spent_kzt</name>
        <message>
            <source>Device vouchers, ₸</source>
            <translation type="vanished">Ваучеры на устройства, ₸</translation>
        </message>
    </context>
    <context>
        <name>data.measure.fap_kits_installed</name>
        <message>
            <source>FAP kits installed</source>
            <translation type="vanished">Комплекты в ФАП</translation>
        </message>
    </context>
    <context>
        <name>data.measure.internet_voucher_issued</name>
        <message>
            <source>Internet vouchers issued</source>
            <translation type="vanished">Выдано ваучеров на интернет</translation>
        </message>
    </context>
    <context>
        <name>data.measure.internet_voucher_redeemed</name>
        <message>
            <source>Internet vouchers redeemed</source>
            <translation type="vanished">Погашено ваучеров на интернет</translation>
        </message>
    </context>
    <context>
        <name>data.measure.internet_voucher_spent_kzt</name>
        <message>
            <source>Internet vouchers, ₸</source>
            <translation type="vanished">Ваучеры на интернет, ₸</translation>
        </message>
    </context>
    <context>
        <name>data.measure.kit_spent_kzt</name>
        <message>
            <source>Kits, ₸</source>
            <translation type="vanished">Комплекты, ₸</translation>
        </message>
    </context>
    <context>
        <name>data.measure.kits_installed</name>
        <message>
            <source>Kits installed</source>
            <translation type="vanished">Установлено комплектов</translation>
        </message>
    </context>
    <context>
        <name>data.measure.people_newly_with_access</name>
        <message>
            <source>People newly with access</source>
            <translation type="vanished">Получили доступ впервые</translation>
        </message>
    </context>
    <context>
        <name>data.measure.psc_kits_installed</name>
        <message>
            <source>PSC kits installed</source>
            <translation type="vanished">Комплекты в ЦОН</translation>
        </message>
    </context>
    <context>
        <name>data.measure.school_kits_installed</name>
        <message>
            <source>School kits installed</source>
            <translation type="vanished">Комплекты в школах</translation>
        </message>
    </context>
    <context>
        <name>data.measure.spent_kzt</name>
        <message>
            <source>Spent, ₸</source>
            <translation type="vanished">Израсходовано, ₸</translation>
        </message>
    </context>
    <context>
        <name>data.rec.m.ambiguous</name>
        <message>
            <source>ambiguous</source>
            <translation type="vanished">неоднозначно</translation>
        </message>
    </context>
    <context>
        <name>data.rec.m.code</name>
        <message>
            <source>by KATO code</source>
            <translation type="vanished">по коду КАТО</translation>
        </message>
    </context>
    <context>
        <name>data.rec.m.crosswalk</name>
        <message>
            <source>reform crosswalk</source>
            <translation type="vanished">по реформе</translation>
        </message>
    </context>
    <context>
        <name>data.rec.m.decision</name>
        <message>
            <source>your decision</source>
            <translation type="vanished">ваше решение</translation>
        </message>
    </context>
    <context>
        <name>data.rec.m.duplicate</name>
        <message>
            <source>duplicate</source>
            <translation type="vanished">дубликат</translation>
        </message>
    </context>
    <context>
        <name>data.rec.m.exact</name>
        <message>
            <source>exactly</source>
            <translation type="vanished">точно</translation>
        </message>
    </context>
    <context>
        <name>data.rec.m.excluded</name>
        <message>
            <source>left out by you</source>
            <translation type="vanished">исключено вами</translation>
        </message>
    </context>
    <context>
        <name>data.rec.m.fuzzy</name>
        <message>
            <source>fuzzy — confirm</source>
            <translation type="vanished">нечётко — подтвердите</translation>
        </message>
    </context>
    <context>
        <name>data.rec.m.rule</name>
        <message>
            <source>by rule</source>
            <translation type="vanished">по правилу</translation>
        </message>
    </context>
    <context>
        <name>data.rec.m.total</name>
        <message>
            <source>country total</source>
            <translation type="vanished">итог по стране</translation>
        </message>
    </context>
    <context>
        <name>data.rec.m.unmatched</name>
        <message>
            <source>not matched</source>
            <translation type="vanished">не найдено</translation>
        </message>
    </context>
    <context>
        <name>data.rec.row</name>
        <message>
            <source>row {row}</source>
            <translation type="vanished">строка {row}</translation>
        </message>
    </context>
    <context>
        <name>data.tmpl.default_name</name>
        <message>
            <source>data_template.xlsx</source>
            <translation type="vanished">шаблон_данных.xlsx</translation>
        </message>
    </context>
    <context>
        <name>par.value_of</name>
        <message>
            <source>Value: {what}</source>
            <translation type="vanished">Ценность: {what}</translation>
        </message>
    </context>
    <context>
        <name>reason.constraint</name>
        <message>
            <source>a constraint binds</source>
            <translation type="vanished">ограничено условиями</translation>
        </message>
    </context>
    <context>
        <name>reason.indivisibility</name>
        <message>
            <source>less than the cheapest item</source>
            <translation type="vanished">меньше самой дешёвой позиции</translation>
        </message>
    </context>
    <context>
        <name>reason.need_exhausted</name>
        <message>
            <source>all need is met</source>
            <translation type="vanished">потребность исчерпана</translation>
        </message>
    </context>
    <context>
        <name>reason.no_value</name>
        <message>
            <source>the rest reaches no one: check the data</source>
            <translation type="vanished">остальное никого не охватит: проверьте данные</translation>
        </message>
    </context>
    <context>
        <name>reason.none</name>
        <message>
            <source>budget fully used</source>
            <translation type="vanished">бюджет использован полностью</translation>
        </message>
    </context>
    <context>
        <name>reason.strategy_rule</name>
        <message>
            <source>left by the strategy’s rule</source>
            <translation type="vanished">остаток по правилу стратегии</translation>
        </message>
    </context>
    <context>
        <name>res.cost_per_person</name>
        <message>
            <source>Cost per person</source>
            <translation type="vanished">Затраты на человека</translation>
        </message>
    </context>
    <context>
        <name>res.people</name>
        <message>
            <source>People newly with access</source>
            <translation type="vanished">Получат доступ</translation>
        </message>
    </context>
    <context>
        <name>res.people_unit</name>
        <message>
            <source>people</source>
            <translation type="vanished">чел.</translation>
        </message>
    </context>
    <context>
        <name>res.section.impact</name>
        <message>
            <source>People newly with access</source>
            <translation type="vanished">Получат доступ</translation>
        </message>
    </context>
    <context>
        <name>res.total</name>
        <message>
            <source>Total</source>
            <translation type="vanished">Всего</translation>
        </message>
    </context>
</TS>
