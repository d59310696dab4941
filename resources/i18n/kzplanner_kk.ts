<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
    <context>
        <name>about.component</name>
        <message>
            <source>Component</source>
            <translation>Құрамдас бөлік</translation>
        </message>
    </context>
    <context>
        <name>about.copy</name>
        <message>
            <source>Copy details</source>
            <translation>Мәліметтерді көшіру</translation>
        </message>
    </context>
    <context>
        <name>about.data</name>
        <message>
            <source>Data and attributions</source>
            <translation>Деректер және дереккөздер</translation>
        </message>
    </context>
    <context>
        <name>about.illustrative</name>
        <message>
            <source>illustrative</source>
            <translation>иллюстрациялық</translation>
        </message>
    </context>
    <context>
        <name>about.kind.boundaries</name>
        <message>
            <source>Boundaries</source>
            <translation>Шекаралар</translation>
        </message>
    </context>
    <context>
        <name>about.kind.institutions</name>
        <message>
            <source>Institution register</source>
            <translation>Мекемелер тізілімі</translation>
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
            <translation>Лицензиялар</translation>
        </message>
    </context>
    <context>
        <name>about.loaded</name>
        <message>
            <source>Loaded now:</source>
            <translation>Қазір жүктелген:</translation>
        </message>
    </context>
    <context>
        <name>about.natural_earth</name>
        <message>
            <source>Bundled boundaries: geokz (A. Rodionov), CC BY 4.0, github.com/arodionoff/geokz — oblasts and districts of 2024 (default) and of 2018; for statistics from before 2018, Made with Natural Earth (naturalearthdata.com, public domain).</source>
            <translation>Кірістірілген шекаралар: geokz (A. Rodionov), CC BY 4.0, github.com/arodionoff/geokz — 2024 жылғы (әдепкі) және 2018 жылғы облыстар мен аудандар; 2018 жылға дейінгі статистика үшін — Made with Natural Earth (naturalearthdata.com, қоғамдық игілік).</translation>
        </message>
    </context>
    <context>
        <name>about.privacy</name>
        <message>
            <source>No telemetry: KZ Planner never connects to the internet. The log stays on this computer: {log}</source>
            <translation>Телеметрия жоқ: KZ Planner интернетке қосылмайды. Журнал тек осы компьютерде сақталады: {log}</translation>
        </message>
    </context>
    <context>
        <name>about.sample_note</name>
        <message>
            <source>The bundled sample data are illustrative, not official statistics.</source>
            <translation>Бағдарламамен бірге берілген деректер — иллюстрациялық үлгі, ресми статистика емес.</translation>
        </message>
    </context>
    <context>
        <name>about.settings</name>
        <message>
            <source>Settings file: {file}</source>
            <translation>Баптаулар файлы: {file}</translation>
        </message>
    </context>
    <context>
        <name>about.summary</name>
        <message>
            <source>Offline planning of institutional digital access (schools, FAPs, PSCs) and voucher budgets for Kazakhstan’s regions.</source>
            <translation>Қазақстан өңірлері үшін институционалдық цифрлық қолжетімділікті (мектептер, ФАП-тар, ХҚКО-лар) және ваучер бюджетін желісіз жоспарлау.</translation>
        </message>
    </context>
    <context>
        <name>about.text</name>
        <message>
            <source>&lt;h3&gt;KZ Planner {version}&lt;/h3&gt;&lt;p&gt;Offline planning of institutional digital access (schools, FAPs, PSCs) and voucher budgets for Kazakhstan’s regions.&lt;/p&gt;&lt;p&gt;Boundaries: geokz (A. Rodionov), CC BY 4.0 — today’s oblasts and districts (2024). Official figures: Bureau of National Statistics (stat.gov.kz).&lt;/p&gt;&lt;p&gt;&lt;b&gt;The bundled sample data are illustrative, not official statistics.&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;h3&gt;KZ Planner {version}&lt;/h3&gt;&lt;p&gt;Қазақстан өңірлері үшін институционалдық цифрлық қолжетімділікті (мектептер, ФАП-тар, ХҚКО-лар) және ваучер бюджетін желісіз жоспарлау.&lt;/p&gt;&lt;p&gt;Шекаралар: geokz (A. Rodionov), CC BY 4.0 — қазіргі облыстар мен аудандар (2024). Ресми көрсеткіштер: Ұлттық статистика бюросы (stat.gov.kz).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Бағдарламамен бірге берілген деректер — иллюстрациялық үлгі, ресми статистика емес.&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>about.title</name>
        <message>
            <source>About KZ Planner</source>
            <translation>KZ Planner туралы</translation>
        </message>
    </context>
    <context>
        <name>about.version</name>
        <message>
            <source>Version</source>
            <translation>Нұсқа</translation>
        </message>
    </context>
    <context>
        <name>about.versions</name>
        <message>
            <source>Versions</source>
            <translation>Нұсқалар</translation>
        </message>
    </context>
    <context>
        <name>act.about</name>
        <message>
            <source>&amp;About KZ Planner</source>
            <translation>KZ Planner &amp;туралы</translation>
        </message>
    </context>
    <context>
        <name>act.charts</name>
        <message>
            <source>&amp;Charts</source>
            <translation>&amp;Диаграммалар</translation>
        </message>
    </context>
    <context>
        <name>act.copy_diagnostics</name>
        <message>
            <source>Copy &amp;diagnostics</source>
            <translation>&amp;Диагностиканы көшіру</translation>
        </message>
    </context>
    <context>
        <name>act.export</name>
        <message>
            <source>&amp;Export plan to Excel…</source>
            <translation>Жоспарды Excel-ге &amp;экспорттау…</translation>
        </message>
    </context>
    <context>
        <name>act.fit</name>
        <message>
            <source>&amp;Fit map</source>
            <translation>&amp;Картаны толық көрсету</translation>
        </message>
    </context>
    <context>
        <name>act.getting_started</name>
        <message>
            <source>&amp;Getting started</source>
            <translation>&amp;Жұмысты бастау</translation>
        </message>
    </context>
    <context>
        <name>act.load_boundaries</name>
        <message>
            <source>Load &amp;boundaries…</source>
            <translation>&amp;Шекараларды жүктеу…</translation>
        </message>
    </context>
    <context>
        <name>act.load_statistics</name>
        <message>
            <source>Load &amp;statistics…</source>
            <translation>&amp;Статистиканы жүктеу…</translation>
        </message>
    </context>
    <context>
        <name>act.open_log_folder</name>
        <message>
            <source>Open &amp;log folder</source>
            <translation>&amp;Журнал қалтасын ашу</translation>
        </message>
    </context>
    <context>
        <name>act.print_map</name>
        <message>
            <source>Export &amp;map as PNG/PDF…</source>
            <translation>&amp;Картаны PNG/PDF-ке экспорттау…</translation>
        </message>
    </context>
    <context>
        <name>act.quit</name>
        <message>
            <source>&amp;Quit</source>
            <translation>Ш&amp;ығу</translation>
        </message>
    </context>
    <context>
        <name>act.run</name>
        <message>
            <source>&amp;Run plan</source>
            <translation>Жоспарды &amp;есептеу</translation>
        </message>
    </context>
    <context>
        <name>act.user_guide</name>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Пайдаланушы нұсқаулығы</translation>
        </message>
    </context>
    <context>
        <name>alloc.auto</name>
        <message>
            <source>Re-plan automatically</source>
            <translation>Автоматты түрде қайта есептеу</translation>
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
            <translation>Есептелуде…</translation>
        </message>
    </context>
    <context>
        <name>alloc.env.device_voucher</name>
        <message>
            <source>devices</source>
            <translation>құрылғылар</translation>
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
            <translation>жинақтар</translation>
        </message>
    </context>
    <context>
        <name>alloc.envelopes</name>
        <message>
            <source>Envelopes: {shares}</source>
            <translation>Конверттер: {shares}</translation>
        </message>
    </context>
    <context>
        <name>alloc.envelopes_tip</name>
        <message>
            <source>Each programme gets a fixed share of the budget and spends it on its own measure only: kits on the people served by institutions newly with access, device vouchers on people newly with a device, internet vouchers on people or households newly with home internet. What one envelope leaves is reported, not moved. Change the shares in Parameters → Instruments.</source>
            <translation>Әр бағдарлама бюджеттің тұрақты үлесін алады және оны тек өз көрсеткішіне жұмсайды: жинақтар — қолжетімділікті алғаш алған мекемелер қызмет көрсететін адамдарға, құрылғы ваучерлері — құрылғыны алғаш алатын адамдарға, интернет ваучерлері — үй интернетін алғаш алатын адамдарға немесе үй шаруашылықтарына. Конверттің қалдығы көрсетіледі, басқаға ауыстырылмайды. Үлестерді өзгерту: Параметрлер → Құралдар.</translation>
        </message>
    </context>
    <context>
        <name>alloc.equity</name>
        <message>
            <source>Priority to the worst-off</source>
            <translation>Артта қалғандарға басымдық</translation>
        </message>
    </context>
    <context>
        <name>alloc.equity_hint</name>
        <message>
            <source>0 = most people reached; higher = more to the worst-off units</source>
            <translation>0 — барынша көп адам; жоғарырақ — артта қалған аумақтарға көбірек</translation>
        </message>
    </context>
    <context>
        <name>alloc.equity_tip</name>
        <message>
            <source>How much more the budget favours the units with the largest access gaps. 0: reach as many people as possible wherever they live; 1 and more: a person in a lagging unit counts more than one in a well-served unit. (In exported plans: equity weight λ.)</source>
            <translation>Бюджет қолжетімділік алшақтығы ең үлкен аумақтарға қаншалықты басымдық береді. 0 — қай жерде тұрса да, барынша көп адамды қамту; 1 және одан жоғары — артта қалған аумақтың тұрғыны жақсы қамтылған аумақ тұрғынынан салмақтырақ. (Жоспар экспортында — әділдік салмағы λ.)</translation>
        </message>
    </context>
    <context>
        <name>alloc.exchange_rate</name>
        <message>
            <source>Exchange rate: {rate}</source>
            <translation>Бағам: {rate}</translation>
        </message>
    </context>
    <context>
        <name>alloc.exchange_rate_tip</name>
        <message>
            <source>Maximum impact lowers the combined access-gap index the map shows, weighted by population. The index's weights — institutions, devices, internet — are the exchange rate between kits and vouchers. Change them in Parameters → Weights.</source>
            <translation>Ең үлкен әсер картадағы қолжетімділік алшақтығының жиынтық индексін халық санымен өлшеп азайтады. Индекс салмақтары — мекемелер, құрылғылар, интернет — жинақтар мен ваучерлер арасындағы айырбас бағамы. Өзгерту: Параметрлер → Салмақтар.</translation>
        </message>
    </context>
    <context>
        <name>alloc.out_of_date</name>
        <message>
            <source>Parameters changed — run the plan again</source>
            <translation>Параметрлер өзгерді — жоспарды қайта есептеңіз</translation>
        </message>
    </context>
    <context>
        <name>alloc.rate.device</name>
        <message>
            <source>devices</source>
            <translation>құрылғылар</translation>
        </message>
    </context>
    <context>
        <name>alloc.rate.institutional</name>
        <message>
            <source>institutions</source>
            <translation>мекемелер</translation>
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
            <translation>Жоспарды есептеу (Ctrl+R)</translation>
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
            <translation>Бюджетті бөлу</translation>
        </message>
    </context>
    <context>
        <name>alloc.up_to_date</name>
        <message>
            <source>Plan is up to date</source>
            <translation>Жоспар өзекті</translation>
        </message>
    </context>
    <context>
        <name>app.subtitle</name>
        <message>
            <source>institutional digital access and voucher budgets</source>
            <translation>институционалдық цифрлық қолжетімділік және ваучер бюджеті</translation>
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
            <translation>{option} параметрі: «{value}» — сан емес</translation>
        </message>
    </context>
    <context>
        <name>args.choice</name>
        <message>
            <source>option {option}: “{value}” is not one of {choices}</source>
            <translation>{option} параметрі: «{value}» — {choices} мәндерінің бірі емес</translation>
        </message>
    </context>
    <context>
        <name>args.help</name>
        <message>
            <source>see: kzplanner {command} --help</source>
            <translation>анықтама: kzplanner {command} --help</translation>
        </message>
    </context>
    <context>
        <name>args.one_value</name>
        <message>
            <source>option {option} needs a value</source>
            <translation>{option} параметріне мән керек</translation>
        </message>
    </context>
    <context>
        <name>args.other</name>
        <message>
            <source>the command line is not understood ({detail})</source>
            <translation>команда жолы түсінілмеді ({detail})</translation>
        </message>
    </context>
    <context>
        <name>args.required</name>
        <message>
            <source>these options are required: {options}</source>
            <translation>мына параметрлер міндетті: {options}</translation>
        </message>
    </context>
    <context>
        <name>args.unknown</name>
        <message>
            <source>options not understood: {options}</source>
            <translation>түсініксіз параметрлер: {options}</translation>
        </message>
    </context>
    <context>
        <name>banner.doubts</name>
        <message>
            <source>The figures below are in doubt: {n} checks of the statistics failed — {first}</source>
            <translation>Төмендегі сандар күмәнді: статистиканың {n} тексерісі өтпеді — {first}</translation>
        </message>
    </context>
    <context>
        <name>banner.illustrative</name>
        <message>
            <source>Illustrative sample data — not official statistics</source>
            <translation>Иллюстрациялық үлгі деректер — ресми статистика емес</translation>
        </message>
    </context>
    <context>
        <name>banner.load_current</name>
        <message>
            <source>Load current boundaries…</source>
            <translation>Өзекті шекараларды жүктеу…</translation>
        </message>
    </context>
    <context>
        <name>banner.map_columns</name>
        <message>
            <source>Map columns…</source>
            <translation>Бағандарды сәйкестендіру…</translation>
        </message>
    </context>
    <context>
        <name>banner.missing</name>
        <message>
            <source>These statistics lack {what}: without them the map's gaps and the plan cannot be computed. Load statistics that have them, or map this workbook's columns.</source>
            <translation>Бұл статистикада жоқ: {what}. Оларсыз картадағы алшақтықтар мен жоспар есептелмейді. Олар бар статистиканы жүктеңіз немесе осы кітаптың бағандарын сәйкестендіріңіз.</translation>
        </message>
    </context>
    <context>
        <name>banner.open_check</name>
        <message>
            <source>Open the check…</source>
            <translation>Тексеруді ашу…</translation>
        </message>
    </context>
    <context>
        <name>banner.predate</name>
        <message>
            <source>These boundaries predate 2018 (no Abay, Zhetysu, Ulytau; South Kazakhstan instead of Turkistan and Shymkent).</source>
            <translation>Бұл шекаралар 2018 жылға дейінгі (Абай, Жетісу, Ұлытау облыстары жоқ; Түркістан облысы мен Шымкенттің орнына Оңтүстік Қазақстан облысы).</translation>
        </message>
    </context>
    <context>
        <name>charts.after</name>
        <message>
            <source>after</source>
            <translation>кейін</translation>
        </message>
    </context>
    <context>
        <name>charts.before</name>
        <message>
            <source>before</source>
            <translation>дейін</translation>
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
            <translation>Топтар бойынша (ваучерлер)</translation>
        </message>
    </context>
    <context>
        <name>charts.by_instrument</name>
        <message>
            <source>By instrument</source>
            <translation>Құралдар бойынша</translation>
        </message>
    </context>
    <context>
        <name>charts.computing</name>
        <message>
            <source>Computing the curve…</source>
            <translation>Қисық есептелуде…</translation>
        </message>
    </context>
    <context>
        <name>charts.current_budget</name>
        <message>
            <source>current budget</source>
            <translation>ағымдағы бюджет</translation>
        </message>
    </context>
    <context>
        <name>charts.curve</name>
        <message>
            <source>Impact vs budget</source>
            <translation>Әсер және бюджет</translation>
        </message>
    </context>
    <context>
        <name>charts.curve_title</name>
        <message>
            <source>Combined access gap after the plan, by budget</source>
            <translation>Жоспардан кейінгі қолжетімділіктің жиынтық алшақтығы — бюджетке байланысты</translation>
        </message>
    </context>
    <context>
        <name>charts.gap</name>
        <message>
            <source>Gap by unit</source>
            <translation>Аумақтар бойынша алшақтық</translation>
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
            <translation>Бағанды басу — таңдау; Ctrl+басу — қосу; Shift+басу — ауқым.</translation>
        </message>
    </context>
    <context>
        <name>charts.key_after</name>
        <message>
            <source>after the plan</source>
            <translation>жоспардан кейін</translation>
        </message>
    </context>
    <context>
        <name>charts.key_before</name>
        <message>
            <source>before the plan</source>
            <translation>жоспарға дейін</translation>
        </message>
    </context>
    <context>
        <name>charts.mix</name>
        <message>
            <source>Instruments and groups</source>
            <translation>Құралдар мен топтар</translation>
        </message>
    </context>
    <context>
        <name>charts.mix_hint</name>
        <message>
            <source>Click a bar to select the units that received it.</source>
            <translation>Бағанды басу оны алған аумақтарды таңдайды.</translation>
        </message>
    </context>
    <context>
        <name>charts.no_plan</name>
        <message>
            <source>Run a plan to see this chart.</source>
            <translation>Бұл диаграмманы көру үшін жоспарды есептеңіз.</translation>
        </message>
    </context>
    <context>
        <name>charts.reported</name>
        <message>
            <source>reported {year}</source>
            <translation>{year} есебі</translation>
        </message>
    </context>
    <context>
        <name>charts.selection_only</name>
        <message>
            <source>Selected units only</source>
            <translation>Тек таңдалған аумақтар</translation>
        </message>
    </context>
    <context>
        <name>charts.spent_axis</name>
        <message>
            <source>Spending, mln ₸</source>
            <translation>Шығындар, млн ₸</translation>
        </message>
    </context>
    <context>
        <name>charts.target</name>
        <message>
            <source>target {year}</source>
            <translation>{year} мақсаты</translation>
        </message>
    </context>
    <context>
        <name>charts.title</name>
        <message>
            <source>Charts</source>
            <translation>Диаграммалар</translation>
        </message>
    </context>
    <context>
        <name>cli.map_scenario_title</name>
        <message>
            <source>{indicator} — scenario “{name}”</source>
            <translation>{indicator} — «{name}» сценарийі</translation>
        </message>
    </context>
    <context>
        <name>cli.settlements_missing_file</name>
        <message>
            <source>the settlement file {file} is not found</source>
            <translation>{file} елді мекендер файлы табылмады</translation>
        </message>
    </context>
    <context>
        <name>cli.settlements_not_used</name>
        <message>
            <source>{error}; the project's settlements are not used in this run (FAP and PSC kits are valued without them); its record stays in the project.</source>
            <translation>{error}; жобаның елді мекендері бұл іске қосуда қолданылмайды (ФАП және ХҚКО жинақтары оларсыз бағаланады); олар туралы жазба жобада қалады.</translation>
        </message>
    </context>
    <context>
        <name>cmp.computing</name>
        <message>
            <source>Computing…</source>
            <translation>Есептелуде…</translation>
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
            <translation>Көрсеткіш</translation>
        </message>
    </context>
    <context>
        <name>cmp.gap_after</name>
        <message>
            <source>Gap after, {name}</source>
            <translation>Кейінгі алшақтық, {name}</translation>
        </message>
    </context>
    <context>
        <name>cmp.gap_delta</name>
        <message>
            <source>Δ gap, {name}</source>
            <translation>Δ алшақтық, {name}</translation>
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
            <translation>Жиынтық алшақтық кейін</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_combined_gap_before</name>
        <message>
            <source>Combined gap before</source>
            <translation>Жиынтық алшақтық дейін</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_gini_after</name>
        <message>
            <source>Inequality between units (Gini) after</source>
            <translation>Бірліктер арасындағы теңсіздік (Джини) кейін</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_institutions_connected</name>
        <message>
            <source>Institutions newly with access</source>
            <translation>Қолжетімділікті алғаш алған мекемелер</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_kzt_per_device</name>
        <message>
            <source>… ₸ per person with a device</source>
            <translation>… құрылғы алған бір адамға ₸</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_kzt_per_institution</name>
        <message>
            <source>… ₸ per institution connected</source>
            <translation>… қосылған бір мекемеге ₸</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_kzt_per_internet</name>
        <message>
            <source>… ₸ per one newly with home internet</source>
            <translation>… үй интернетін алғаш алған біреуге ₸</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_newly_with_device</name>
        <message>
            <source>People newly with a device</source>
            <translation>Құрылғыны алғаш алатындар, адам</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_newly_with_internet</name>
        <message>
            <source>Newly with home internet, {unit}</source>
            <translation>Үй интернетін алғаш алатындар, {unit}</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_people_served_by_kits</name>
        <message>
            <source>… people they serve</source>
            <translation>… олар қызмет көрсететін адамдар</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_people_served_by_kits.summed</name>
        <message>
            <source>… people they serve, counted at each type</source>
            <translation>… олар қызмет көрсететін адамдар (әр түрде саналған)</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_spent</name>
        <message>
            <source>Spent</source>
            <translation>Жұмсалды</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_unspent</name>
        <message>
            <source>Unspent</source>
            <translation>Жұмсалмады</translation>
        </message>
    </context>
    <context>
        <name>cmp.intro</name>
        <message>
            <source>Differences (Δ) are against “{base}”. Green is better, red worse.</source>
            <translation>Айырма (Δ) «{base}» сценарийімен салыстырғанда. Жасыл — жақсырақ, қызыл — нашарлау.</translation>
        </message>
    </context>
    <context>
        <name>cmp.intro_text</name>
        <message>
            <source>Differences (Δ) are against “{base}”.</source>
            <translation>Айырма (Δ) «{base}» сценарийімен салыстырғанда.</translation>
        </message>
    </context>
    <context>
        <name>cmp.map_subtitle</name>
        <message>
            <source>Combined access gap after the plan: {name} minus {base}, points (negative: {name} leaves a smaller gap)</source>
            <translation>Жоспардан кейінгі қолжетімділіктің жиынтық алшақтығы: {name} минус {base}, п. т. (нөлден кіші — «{name}» кезінде алшақтық аз)</translation>
        </message>
    </context>
    <context>
        <name>cmp.map_title</name>
        <message>
            <source>{name} compared with {base}</source>
            <translation>{name} мен {base} салыстыру</translation>
        </message>
    </context>
    <context>
        <name>cmp.spent</name>
        <message>
            <source>Spent, {name}</source>
            <translation>Шығыс, {name}</translation>
        </message>
    </context>
    <context>
        <name>cmp.tab_headlines</name>
        <message>
            <source>Headline figures</source>
            <translation>Негізгі көрсеткіштер</translation>
        </message>
    </context>
    <context>
        <name>cmp.tab_map</name>
        <message>
            <source>Difference map: {name}</source>
            <translation>Айырма картасы: {name}</translation>
        </message>
    </context>
    <context>
        <name>cmp.tab_side</name>
        <message>
            <source>Side by side: {a} | {b}</source>
            <translation>Қатар: {a} | {b}</translation>
        </message>
    </context>
    <context>
        <name>cmp.tab_units</name>
        <message>
            <source>Units by difference</source>
            <translation>Бірліктер айырма бойынша</translation>
        </message>
    </context>
    <context>
        <name>cmp.title</name>
        <message>
            <source>Compare scenarios</source>
            <translation>Сценарийлерді салыстыру</translation>
        </message>
    </context>
    <context>
        <name>cmp.unit</name>
        <message>
            <source>Unit</source>
            <translation>Бірлік</translation>
        </message>
    </context>
    <context>
        <name>col.component_tip</name>
        <message>
            <source>After the plan (before it, while no plan has been run). Hover a cell for before → after.</source>
            <translation>Жоспардан кейін (жоспар есептелмесе — дейін). Ұяшыққа меңзерді апарыңыз: дейін → кейін.</translation>
        </message>
    </context>
    <context>
        <name>col.device</name>
        <message>
            <source>Device
gap</source>
            <translation>Құрылғы
алшақтығы</translation>
        </message>
    </context>
    <context>
        <name>col.gap_after</name>
        <message>
            <source>Combined
gap, after</source>
            <translation>Жиынтық
алшақтық,
кейін</translation>
        </message>
    </context>
    <context>
        <name>col.gap_before</name>
        <message>
            <source>Combined
gap, before</source>
            <translation>Жиынтық
алшақтық,
дейін</translation>
        </message>
    </context>
    <context>
        <name>col.gap_change</name>
        <message>
            <source>Change
pp</source>
            <translation>Өзгеріс
п. т.</translation>
        </message>
    </context>
    <context>
        <name>col.institutional</name>
        <message>
            <source>Institutional
gap</source>
            <translation>Институц.
алшақтық</translation>
        </message>
    </context>
    <context>
        <name>col.institutions_connected</name>
        <message>
            <source>Institutions
connected</source>
            <translation>Қосылған
мекемелер</translation>
        </message>
    </context>
    <context>
        <name>col.internet</name>
        <message>
            <source>Internet
gap</source>
            <translation>Интернет
алшақтығы</translation>
        </message>
    </context>
    <context>
        <name>col.newly_device</name>
        <message>
            <source>New device
people</source>
            <translation>Жаңа құрылғы
адам</translation>
        </message>
    </context>
    <context>
        <name>col.newly_internet</name>
        <message>
            <source>New home
internet</source>
            <translation>Жаңа үй
интернеті</translation>
        </message>
    </context>
    <context>
        <name>col.population</name>
        <message>
            <source>Population</source>
            <translation>Халық саны</translation>
        </message>
    </context>
    <context>
        <name>col.spent</name>
        <message>
            <source>Spent
₸</source>
            <translation>Шығын
₸</translation>
        </message>
    </context>
    <context>
        <name>col.unit</name>
        <message>
            <source>Unit</source>
            <translation>Аумақ</translation>
        </message>
    </context>
    <context>
        <name>cov.layer</name>
        <message>
            <source>Settlement layer</source>
            <translation>Елді мекендер қабаты</translation>
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
            <translation>{file}: үлгінің иллюстрациялық қабаты, терезе үлгіні солай ашады (--no-settlements — онсыз)</translation>
        </message>
    </context>
    <context>
        <name>cov.placed</name>
        <message>
            <source>Settlements placed: {placed} (population estimated for {estimated}); outside every unit, not used: {outside}</source>
            <translation>Орналастырылған елді мекендер: {placed} (халқы бағаланғаны {estimated}); барлық бірліктен тыс, есепке алынбады: {outside}</translation>
        </message>
    </context>
    <context>
        <name>cov.plan_name</name>
        <message>
            <source>{type} within {km} km, people covered</source>
            <translation>{type}, {km} км ішінде, қамтылған адамдар</translation>
        </message>
    </context>
    <context>
        <name>cov.plan_value</name>
        <message>
            <source>{before} → {after} ({villages} settlements newly covered)</source>
            <translation>{before} → {after} (жаңадан қамтылған елді мекендер: {villages})</translation>
        </message>
    </context>
    <context>
        <name>cov.type_line</name>
        <message>
            <source>{type}, within {km} km: covered {covered} people; not covered {not_covered} people in {villages} settlements</source>
            <translation>{type}, {km} км ішінде: {covered} адам қамтылған; {villages} елді мекендегі {not_covered} адам қамтылмаған</translation>
        </message>
    </context>
    <context>
        <name>data.act.actual</name>
        <message>
            <source>Actual</source>
            <translation>Нақты</translation>
        </message>
    </context>
    <context>
        <name>data.act.chart_title</name>
        <message>
            <source>Actual − projected: {measure}</source>
            <translation>Нақты − жоспар: {measure}</translation>
        </message>
    </context>
    <context>
        <name>data.act.col_actual_rate</name>
        <message>
            <source>Actual</source>
            <translation>Нақты</translation>
        </message>
    </context>
    <context>
        <name>data.act.col_code</name>
        <message>
            <source>Unit code</source>
            <translation>Бірлік коды</translation>
        </message>
    </context>
    <context>
        <name>data.act.col_contribution</name>
        <message>
            <source>Contribution</source>
            <translation>Үлесі</translation>
        </message>
    </context>
    <context>
        <name>data.act.col_instrument</name>
        <message>
            <source>Instrument</source>
            <translation>Құрал</translation>
        </message>
    </context>
    <context>
        <name>data.act.col_planned_rate</name>
        <message>
            <source>Planned</source>
            <translation>Жоспарлы</translation>
        </message>
    </context>
    <context>
        <name>data.act.col_reason</name>
        <message>
            <source>Reason</source>
            <translation>Себеп</translation>
        </message>
    </context>
    <context>
        <name>data.act.col_unit</name>
        <message>
            <source>Unit</source>
            <translation>Бірлік</translation>
        </message>
    </context>
    <context>
        <name>data.act.col_why</name>
        <message>
            <source>Explanation</source>
            <translation>Түсіндірме</translation>
        </message>
    </context>
    <context>
        <name>data.act.default_name</name>
        <message>
            <source>projected_vs_actual.xlsx</source>
            <translation>жоспар_нақты.xlsx</translation>
        </message>
    </context>
    <context>
        <name>data.act.difference</name>
        <message>
            <source>Difference</source>
            <translation>Айырма</translation>
        </message>
    </context>
    <context>
        <name>data.act.difference_pct</name>
        <message>
            <source>Difference, %</source>
            <translation>Айырма, %</translation>
        </message>
    </context>
    <context>
        <name>data.act.export</name>
        <message>
            <source>Export to Excel…</source>
            <translation>Excel-ге экспорттау…</translation>
        </message>
    </context>
    <context>
        <name>data.act.exported</name>
        <message>
            <source>Saved: {file}</source>
            <translation>Сақталды: {file}</translation>
        </message>
    </context>
    <context>
        <name>data.act.map_label</name>
        <message>
            <source>Actual − projected: {measure}</source>
            <translation>Нақты − болжам: {measure}</translation>
        </message>
    </context>
    <context>
        <name>data.act.measure</name>
        <message>
            <source>Measure:</source>
            <translation>Көрсеткіш:</translation>
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
            <translation>Алдымен жоспарды есептеңіз: нақты деректер оның болжамымен салыстырылады.</translation>
        </message>
    </context>
    <context>
        <name>data.act.no_difference</name>
        <message>
            <source>No unit differs from the plan</source>
            <translation>Жоспардан айырма жоқ</translation>
        </message>
    </context>
    <context>
        <name>data.act.not_reported</name>
        <message>
            <source>{n} planned units sent no actuals</source>
            <translation>{n} жоспарланған бірлік нақты деректер бермеді</translation>
        </message>
    </context>
    <context>
        <name>data.act.pick</name>
        <message>
            <source>Actuals file</source>
            <translation>Нақты деректер файлы</translation>
        </message>
    </context>
    <context>
        <name>data.act.projected</name>
        <message>
            <source>Projected</source>
            <translation>Жоспар</translation>
        </message>
    </context>
    <context>
        <name>data.act.sheet_comparison</name>
        <message>
            <source>Projected vs actual</source>
            <translation>Жоспар және нақты</translation>
        </message>
    </context>
    <context>
        <name>data.act.sheet_reasons</name>
        <message>
            <source>Reasons</source>
            <translation>Себептер</translation>
        </message>
    </context>
    <context>
        <name>data.act.show_on_map</name>
        <message>
            <source>Show on the map</source>
            <translation>Картада көрсету</translation>
        </message>
    </context>
    <context>
        <name>data.act.source</name>
        <message>
            <source>Actuals: {file} (sheet “{sheet}”)</source>
            <translation>Нақты: {file} («{sheet}» парағы)</translation>
        </message>
    </context>
    <context>
        <name>data.act.tab_reasons</name>
        <message>
            <source>Why it differs</source>
            <translation>Айырма себептері</translation>
        </message>
    </context>
    <context>
        <name>data.act.tab_units</name>
        <message>
            <source>By unit</source>
            <translation>Бірліктер бойынша</translation>
        </message>
    </context>
    <context>
        <name>data.act.title</name>
        <message>
            <source>Projected versus actual</source>
            <translation>Жоспар және нақты</translation>
        </message>
    </context>
    <context>
        <name>data.act.total</name>
        <message>
            <source>Total</source>
            <translation>Барлығы</translation>
        </message>
    </context>
    <context>
        <name>data.act.unmatched</name>
        <message>
            <source>{n} rows matched no unit: {names}</source>
            <translation>{n} жол ешбір бірлікке сәйкес келмеді: {names}</translation>
        </message>
    </context>
    <context>
        <name>data.banner.missing</name>
        <message>
            <source>Still missing for the gaps and the plan — {items}</source>
            <translation>Алшақтықтар мен жоспар үшін әлі жоқ — {items}</translation>
        </message>
    </context>
    <context>
        <name>data.banner.recalculate</name>
        <message>
            <source>Recalculate</source>
            <translation>Қайта есептеу</translation>
        </message>
    </context>
    <context>
        <name>data.banner.replanning</name>
        <message>
            <source>The data changed: the plan is being recalculated…</source>
            <translation>Деректер өзгерді: жоспар қайта есептелуде…</translation>
        </message>
    </context>
    <context>
        <name>data.banner.stale</name>
        <message>
            <source>The data changed: the plan is out of date until it is recalculated.</source>
            <translation>Деректер өзгерді: жоспар қайта есептелгенше ескірген болып саналады.</translation>
        </message>
    </context>
    <context>
        <name>data.block.all</name>
        <message>
            <source>All</source>
            <translation>Барлығы</translation>
        </message>
    </context>
    <context>
        <name>data.block.rural</name>
        <message>
            <source>Rural</source>
            <translation>Ауыл</translation>
        </message>
    </context>
    <context>
        <name>data.block.urban</name>
        <message>
            <source>Urban</source>
            <translation>Қала</translation>
        </message>
    </context>
    <context>
        <name>data.browse</name>
        <message>
            <source>Browse…</source>
            <translation>Шолу…</translation>
        </message>
    </context>
    <context>
        <name>data.cancel</name>
        <message>
            <source>Cancel</source>
            <translation>Болдырмау</translation>
        </message>
    </context>
    <context>
        <name>data.close</name>
        <message>
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
    </context>
    <context>
        <name>data.eval.c_ci_high</name>
        <message>
            <source>to</source>
            <translation>дейін</translation>
        </message>
    </context>
    <context>
        <name>data.eval.c_ci_low</name>
        <message>
            <source>95 % CI from</source>
            <translation>95 % СА, бастап</translation>
        </message>
    </context>
    <context>
        <name>data.eval.c_coef</name>
        <message>
            <source>Estimate</source>
            <translation>Баға</translation>
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
            <translation>Ст. қате</translation>
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
            <translation>Бірліктер бойынша кластерленген қателер</translation>
        </message>
    </context>
    <context>
        <name>data.eval.comparison</name>
        <message>
            <source>Comparison</source>
            <translation>Салыстыру</translation>
        </message>
    </context>
    <context>
        <name>data.eval.corr_columns</name>
        <message>
            <source>Indicators:</source>
            <translation>Көрсеткіштер:</translation>
        </message>
    </context>
    <context>
        <name>data.eval.corr_method</name>
        <message>
            <source>Method:</source>
            <translation>Әдіс:</translation>
        </message>
    </context>
    <context>
        <name>data.eval.corr_note</name>
        <message>
            <source>Each cell: r, two-sided p-value and n (rows where both have a value). A correlation is not an effect; trending yearly series correlate strongly whatever links them.</source>
            <translation>Ұяшықта: r, екі жақты p және n (екі мәні де бар жолдар). Корреляция әсер емес; трендті жылдық қатарлар байланысына қарамастан күшті корреляцияланады.</translation>
        </message>
    </context>
    <context>
        <name>data.eval.corr_run</name>
        <message>
            <source>Compute</source>
            <translation>Есептеу</translation>
        </message>
    </context>
    <context>
        <name>data.eval.corr_scope</name>
        <message>
            <source>Columns of:</source>
            <translation>Бағандар:</translation>
        </message>
    </context>
    <context>
        <name>data.eval.corr_two</name>
        <message>
            <source>Choose at least two indicators.</source>
            <translation>Кемінде екі көрсеткіш таңдаңыз.</translation>
        </message>
    </context>
    <context>
        <name>data.eval.facts</name>
        <message>
            <source>n = {n}; units {units} (programme {treated}, comparison {comparison}); R² = {r2}; {se}. Means before → after: comparison {cb} → {ca}, programme {tb} → {ta}.</source>
            <translation>n = {n}; бірліктер {units} (қатысушылар {treated}, салыстыру {comparison}); R² = {r2}; {se}. Орташа дейін → кейін: салыстыру {cb} → {ca}, қатысушылар {tb} → {ta}.</translation>
        </message>
    </context>
    <context>
        <name>data.eval.female</name>
        <message>
            <source>Women</source>
            <translation>Әйелдер</translation>
        </message>
    </context>
    <context>
        <name>data.eval.file</name>
        <message>
            <source>Panel file:</source>
            <translation>Панель файлы:</translation>
        </message>
    </context>
    <context>
        <name>data.eval.gap</name>
        <message>
            <source>Gap</source>
            <translation>Алшақтық</translation>
        </message>
    </context>
    <context>
        <name>data.eval.gender_indicator</name>
        <message>
            <source>Indicator:</source>
            <translation>Көрсеткіш:</translation>
        </message>
    </context>
    <context>
        <name>data.eval.gender_note</name>
        <message>
            <source>Gap = men − women (positive: men ahead).</source>
            <translation>Алшақтық = ерлер − әйелдер (оң: ерлер алда).</translation>
        </message>
    </context>
    <context>
        <name>data.eval.gender_run</name>
        <message>
            <source>Show</source>
            <translation>Көрсету</translation>
        </message>
    </context>
    <context>
        <name>data.eval.gender_time</name>
        <message>
            <source>Period:</source>
            <translation>Кезең:</translation>
        </message>
    </context>
    <context>
        <name>data.eval.gender_title</name>
        <message>
            <source>{indicator}: women and men</source>
            <translation>{indicator}: әйелдер мен ерлер</translation>
        </message>
    </context>
    <context>
        <name>data.eval.male</name>
        <message>
            <source>Men</source>
            <translation>Ерлер</translation>
        </message>
    </context>
    <context>
        <name>data.eval.map_none</name>
        <message>
            <source>None of the units selected on the map appear in column “{column}”.</source>
            <translation>Картада таңдалған бірліктердің ешқайсысы «{column}» бағанында жоқ.</translation>
        </message>
    </context>
    <context>
        <name>data.eval.no_pairs</name>
        <message>
            <source>This file has no female/male pairs of columns (x_female, x_male).</source>
            <translation>Файлда жыныс бойынша баған жұптары жоқ (x_female, x_male).</translation>
        </message>
    </context>
    <context>
        <name>data.eval.none_selected</name>
        <message>
            <source>nothing selected on the map</source>
            <translation>картада ештеңе таңдалмаған</translation>
        </message>
    </context>
    <context>
        <name>data.eval.outcome</name>
        <message>
            <source>Outcome:</source>
            <translation>Нәтиже:</translation>
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
            <translation>Кезең</translation>
        </message>
    </context>
    <context>
        <name>data.eval.pick</name>
        <message>
            <source>Panel: one row per unit and period</source>
            <translation>Панель: бірлік пен кезеңге бір жол</translation>
        </message>
    </context>
    <context>
        <name>data.eval.post</name>
        <message>
            <source>Programme from:</source>
            <translation>Бағдарлама басталуы:</translation>
        </message>
    </context>
    <context>
        <name>data.eval.pretrend_title</name>
        <message>
            <source>Mean “{outcome}” per period (dashed: programme start)</source>
            <translation>Кезең бойынша орташа «{outcome}» (үзік сызық: бағдарлама басы)</translation>
        </message>
    </context>
    <context>
        <name>data.eval.read</name>
        <message>
            <source>{file} (sheet “{sheet}”): {columns} columns</source>
            <translation>{file} («{sheet}» парағы): {columns} баған</translation>
        </message>
    </context>
    <context>
        <name>data.eval.run</name>
        <message>
            <source>Estimate</source>
            <translation>Бағалау</translation>
        </message>
    </context>
    <context>
        <name>data.eval.running</name>
        <message>
            <source>Estimating…</source>
            <translation>Бағалануда…</translation>
        </message>
    </context>
    <context>
        <name>data.eval.scope_all</name>
        <message>
            <source>all numeric columns</source>
            <translation>барлық сандық бағандар</translation>
        </message>
    </context>
    <context>
        <name>data.eval.scope_female</name>
        <message>
            <source>women (…_female)</source>
            <translation>әйелдер (…_female)</translation>
        </message>
    </context>
    <context>
        <name>data.eval.scope_male</name>
        <message>
            <source>men (…_male)</source>
            <translation>ерлер (…_male)</translation>
        </message>
    </context>
    <context>
        <name>data.eval.se_classical</name>
        <message>
            <source>classical standard errors</source>
            <translation>классикалық стандартты қателер</translation>
        </message>
    </context>
    <context>
        <name>data.eval.se_cluster</name>
        <message>
            <source>standard errors clustered by unit</source>
            <translation>бірліктер бойынша кластерленген стандартты қателер</translation>
        </message>
    </context>
    <context>
        <name>data.eval.selected</name>
        <message>
            <source>{n} selected: {names}</source>
            <translation>{n} таңдалды: {names}</translation>
        </message>
    </context>
    <context>
        <name>data.eval.spearman</name>
        <message>
            <source>Spearman (ranks)</source>
            <translation>Спирмен (рангтер)</translation>
        </message>
    </context>
    <context>
        <name>data.eval.tab_corr</name>
        <message>
            <source>Correlations</source>
            <translation>Корреляциялар</translation>
        </message>
    </context>
    <context>
        <name>data.eval.tab_did</name>
        <message>
            <source>Difference-in-differences</source>
            <translation>Айырмалар айырмасы</translation>
        </message>
    </context>
    <context>
        <name>data.eval.tab_gender</name>
        <message>
            <source>By gender</source>
            <translation>Жыныс бойынша</translation>
        </message>
    </context>
    <context>
        <name>data.eval.term</name>
        <message>
            <source>Term</source>
            <translation>Мүше</translation>
        </message>
    </context>
    <context>
        <name>data.eval.time</name>
        <message>
            <source>Period column:</source>
            <translation>Кезең бағаны:</translation>
        </message>
    </context>
    <context>
        <name>data.eval.title</name>
        <message>
            <source>Evaluate effects</source>
            <translation>Әсерді бағалау</translation>
        </message>
    </context>
    <context>
        <name>data.eval.treated</name>
        <message>
            <source>Programme units</source>
            <translation>Бағдарлама қатысушылары</translation>
        </message>
    </context>
    <context>
        <name>data.eval.treated_column</name>
        <message>
            <source>from column</source>
            <translation>баған бойынша</translation>
        </message>
    </context>
    <context>
        <name>data.eval.treated_map</name>
        <message>
            <source>the units selected on the map</source>
            <translation>картада таңдалған бірліктер</translation>
        </message>
    </context>
    <context>
        <name>data.eval.unit</name>
        <message>
            <source>Unit column:</source>
            <translation>Бірлік бағаны:</translation>
        </message>
    </context>
    <context>
        <name>data.group.eligible</name>
        <message>
            <source>eligible</source>
            <translation>құқығы бар</translation>
        </message>
    </context>
    <context>
        <name>data.group.no_device</name>
        <message>
            <source>without a device</source>
            <translation>құрылғысыз</translation>
        </message>
    </context>
    <context>
        <name>data.group.no_internet</name>
        <message>
            <source>without internet</source>
            <translation>интернетсіз</translation>
        </message>
    </context>
    <context>
        <name>data.ind.connected</name>
        <message>
            <source>Connected (yes/no)</source>
            <translation>Қосылды (иә/жоқ)</translation>
        </message>
    </context>
    <context>
        <name>data.ind.faps_connected</name>
        <message>
            <source>FAPs connected</source>
            <translation>Қосылған ФАП</translation>
        </message>
    </context>
    <context>
        <name>data.ind.faps_total</name>
        <message>
            <source>FAPs, total</source>
            <translation>ФАП, барлығы</translation>
        </message>
    </context>
    <context>
        <name>data.ind.pscs_connected</name>
        <message>
            <source>PSCs connected</source>
            <translation>Қосылған ХҚКО</translation>
        </message>
    </context>
    <context>
        <name>data.ind.pscs_total</name>
        <message>
            <source>PSCs, total</source>
            <translation>ХҚКО, барлығы</translation>
        </message>
    </context>
    <context>
        <name>data.ind.schools_connected</name>
        <message>
            <source>Schools connected</source>
            <translation>Қосылған мектептер</translation>
        </message>
    </context>
    <context>
        <name>data.ind.schools_total</name>
        <message>
            <source>Schools, total</source>
            <translation>Мектептер, барлығы</translation>
        </message>
    </context>
    <context>
        <name>data.menu.actuals</name>
        <message>
            <source>Load &amp;actuals…</source>
            <translation>&amp;Нақты деректерді жүктеу…</translation>
        </message>
    </context>
    <context>
        <name>data.menu.actuals_template</name>
        <message>
            <source>Write an actuals template…</source>
            <translation>Нақты нәтиже үлгісін жасау…</translation>
        </message>
    </context>
    <context>
        <name>data.menu.check</name>
        <message>
            <source>&amp;Check / reconciliation…</source>
            <translation>&amp;Тексеру және салыстыру…</translation>
        </message>
    </context>
    <context>
        <name>data.menu.data</name>
        <message>
            <source>&amp;Data</source>
            <translation>&amp;Деректер</translation>
        </message>
    </context>
    <context>
        <name>data.menu.evaluate</name>
        <message>
            <source>&amp;Evaluate effects…</source>
            <translation>Әсерді &amp;бағалау…</translation>
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
            <translation>Статистиканы &amp;импорттау…</translation>
        </message>
    </context>
    <context>
        <name>data.menu.monitoring_template</name>
        <message>
            <source>Write a monitoring template…</source>
            <translation>Мониторинг үлгісін жасау…</translation>
        </message>
    </context>
    <context>
        <name>data.menu.template</name>
        <message>
            <source>Write data &amp;template…</source>
            <translation>Деректер &amp;үлгісін жасау…</translation>
        </message>
    </context>
    <context>
        <name>data.none</name>
        <message>
            <source>— none —</source>
            <translation>— жоқ —</translation>
        </message>
    </context>
    <context>
        <name>data.rec.above_level_detail</name>
        <message>
            <source>the boundaries have only its parts</source>
            <translation>шекараларда тек оның бөліктері бар</translation>
        </message>
    </context>
    <context>
        <name>data.rec.ambiguous_detail</name>
        <message>
            <source>several units fit; choose one</source>
            <translation>бірнеше бірлік сәйкес келеді; біреуін таңдаңыз</translation>
        </message>
    </context>
    <context>
        <name>data.rec.apply</name>
        <message>
            <source>Apply and reload</source>
            <translation>Қолдану және қайта жүктеу</translation>
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
            <translation>(сақталған шешіміңіз)</translation>
        </message>
    </context>
    <context>
        <name>data.rec.auto_none</name>
        <message>
            <source>— not joined —</source>
            <translation>— сәйкестендірілмеген —</translation>
        </message>
    </context>
    <context>
        <name>data.rec.below_level_detail</name>
        <message>
            <source>a district of an oblast: the boundaries are oblasts</source>
            <translation>облыс ауданы: шекаралар облыстар бойынша</translation>
        </message>
    </context>
    <context>
        <name>data.rec.below_level_partial</name>
        <message>
            <source>a district; the table lacks some of its oblast's districts, so they are not summed</source>
            <translation>аудан; кестеде облыстың барлық аудандары жоқ, сондықтан олар қосылмайды</translation>
        </message>
    </context>
    <context>
        <name>data.rec.candidates</name>
        <message>
            <source>Candidates: {names}</source>
            <translation>Нұсқалар: {names}</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_action</name>
        <message>
            <source>Action</source>
            <translation>Әрекет</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_action_tip</name>
        <message>
            <source>Confirm a match by similar spelling</source>
            <translation>Ұқсас жазылу бойынша сәйкестендіруді растау</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_detail</name>
        <message>
            <source>Why</source>
            <translation>Неге</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_detail_tip</name>
        <message>
            <source>Why the row was matched so, or why not</source>
            <translation>Жол неге осылай сәйкестендірілді немесе неге сәйкестендірілмеді</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_how</name>
        <message>
            <source>Match</source>
            <translation>Сәйкестік</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_how_tip</name>
        <message>
            <source>How the row was matched to a unit of the map</source>
            <translation>Жол картаның бірлігімен қалай сәйкестендірілді</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_label</name>
        <message>
            <source>In the file</source>
            <translation>Файлда</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_label_tip</name>
        <message>
            <source>The name as written in the file</source>
            <translation>Файлда жазылған атауы</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_row</name>
        <message>
            <source>Row</source>
            <translation>Жол</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_row_tip</name>
        <message>
            <source>The row's number in the statistics sheet</source>
            <translation>Статистика парағындағы жол нөмірі</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_unit</name>
        <message>
            <source>Unit</source>
            <translation>Бірлік</translation>
        </message>
    </context>
    <context>
        <name>data.rec.col_unit_tip</name>
        <message>
            <source>The unit the row's figures go to; choose another to correct it</source>
            <translation>Жолдың сандары берілетін бірлік; түзету үшін басқасын таңдаңыз</translation>
        </message>
    </context>
    <context>
        <name>data.rec.confirm</name>
        <message>
            <source>Confirm</source>
            <translation>Растау</translation>
        </message>
    </context>
    <context>
        <name>data.rec.confirmed</name>
        <message>
            <source>Confirmed</source>
            <translation>Расталды</translation>
        </message>
    </context>
    <context>
        <name>data.rec.crosswalk_detail</name>
        <message>
            <source>part of {unit} before the {year} reform (summed)</source>
            <translation>{year} жылғы реформаға дейін {unit} құрамында болды (қосылады)</translation>
        </message>
    </context>
    <context>
        <name>data.rec.decided</name>
        <message>
            <source>confirmed by the planner</source>
            <translation>жоспарлаушы растаған</translation>
        </message>
    </context>
    <context>
        <name>data.rec.decided_n</name>
        <message>
            <source>your decisions: {n}</source>
            <translation>шешімдеріңіз: {n}</translation>
        </message>
    </context>
    <context>
        <name>data.rec.duplicate_detail</name>
        <message>
            <source>{unit} is already matched by row “{label}”</source>
            <translation>{unit} «{label}» жолымен сәйкестендірілген</translation>
        </message>
    </context>
    <context>
        <name>data.rec.empty</name>
        <message>
            <source>No rows yet.</source>
            <translation>Әзірге жолдар жоқ.</translation>
        </message>
    </context>
    <context>
        <name>data.rec.filter_all</name>
        <message>
            <source>all rows</source>
            <translation>барлық жолдар</translation>
        </message>
    </context>
    <context>
        <name>data.rec.filter_attention</name>
        <message>
            <source>to check</source>
            <translation>тексеру керек</translation>
        </message>
    </context>
    <context>
        <name>data.rec.filter_joined</name>
        <message>
            <source>joined</source>
            <translation>сәйкестендірілген</translation>
        </message>
    </context>
    <context>
        <name>data.rec.filter_not_joined</name>
        <message>
            <source>not joined</source>
            <translation>сәйкестендірілмеген</translation>
        </message>
    </context>
    <context>
        <name>data.rec.fuzzy_detail</name>
        <message>
            <source>similar spelling ({score} of 1 alike)</source>
            <translation>ұқсас жазылу (ұқсастық 1-ден {score})</translation>
        </message>
    </context>
    <context>
        <name>data.rec.header_detail</name>
        <message>
            <source>the rows below it are joined; it checks their sum</source>
            <translation>астындағы жолдар қосылды; олардың қосындысы осымен тексеріледі</translation>
        </message>
    </context>
    <context>
        <name>data.rec.issues</name>
        <message>
            <source>Issues and repairs</source>
            <translation>Ескертулер мен түзетулер</translation>
        </message>
    </context>
    <context>
        <name>data.rec.leave_out</name>
        <message>
            <source>— leave out —</source>
            <translation>— алып тастау —</translation>
        </message>
    </context>
    <context>
        <name>data.rec.outside</name>
        <message>
            <source>{n} institutions outside every unit</source>
            <translation>{n} мекеме ешбір бірлікке кірмеді</translation>
        </message>
    </context>
    <context>
        <name>data.rec.outside_detail</name>
        <message>
            <source>its oblast is not in the boundaries</source>
            <translation>оның облысы шекараларда жоқ</translation>
        </message>
    </context>
    <context>
        <name>data.rec.pending_n</name>
        <message>
            <source>to confirm: {n}</source>
            <translation>растау керек: {n}</translation>
        </message>
    </context>
    <context>
        <name>data.rec.repaired</name>
        <message>
            <source>{n} polygons repaired</source>
            <translation>{n} полигон түзетілді</translation>
        </message>
    </context>
    <context>
        <name>data.rec.saved_with</name>
        <message>
            <source>decisions are saved in {file}</source>
            <translation>шешімдер {file} файлына сақталады</translation>
        </message>
    </context>
    <context>
        <name>data.rec.show</name>
        <message>
            <source>Show:</source>
            <translation>Көрсету:</translation>
        </message>
    </context>
    <context>
        <name>data.rec.split_detail</name>
        <message>
            <source>split by a reform into {parts}; choose a unit or leave it out</source>
            <translation>реформа бойынша {parts} болып бөлінді; бірлікті таңдаңыз немесе алып тастаңыз</translation>
        </message>
    </context>
    <context>
        <name>data.rec.summed_up_detail</name>
        <message>
            <source>summed with the oblast's other districts into {unit} (the table lists every one)</source>
            <translation>облыстың басқа аудандарымен бірге {unit} бойынша қосылды (кестеде бәрі бар)</translation>
        </message>
    </context>
    <context>
        <name>data.rec.title</name>
        <message>
            <source>Check: statistics rows and units</source>
            <translation>Тексеру: статистика жолдары және бірліктер</translation>
        </message>
    </context>
    <context>
        <name>data.rec.total_detail</name>
        <message>
            <source>kept out of the units (used to check sums)</source>
            <translation>бірліктерге қосылмайды (сомаларды тексеру үшін)</translation>
        </message>
    </context>
    <context>
        <name>data.rec.unknown_decision</name>
        <message>
            <source>a saved decision names unknown unit {code}</source>
            <translation>сақталған шешім белгісіз {code} бірлігін көрсетеді</translation>
        </message>
    </context>
    <context>
        <name>data.rec.unmatched_detail</name>
        <message>
            <source>no unit of this name; see the candidates</source>
            <translation>мұндай атаулы бірлік жоқ; нұсқаларды қараңыз</translation>
        </message>
    </context>
    <context>
        <name>data.rec.without_data</name>
        <message>
            <source>Units without data</source>
            <translation>Деректері жоқ бірліктер</translation>
        </message>
    </context>
    <context>
        <name>data.rec.without_data_n</name>
        <message>
            <source>units without data: {n}</source>
            <translation>деректері жоқ бірліктер: {n}</translation>
        </message>
    </context>
    <context>
        <name>data.rec.wrong_parent_detail</name>
        <message>
            <source>listed under “{head}”, but the boundaries have it elsewhere: {units}</source>
            <translation>«{head}» астында тұр, бірақ шекараларда ол басқа жерде: {units}</translation>
        </message>
    </context>
    <context>
        <name>data.rule.composite</name>
        <message>
            <source>oblast + district</source>
            <translation>облыс + аудан</translation>
        </message>
    </context>
    <context>
        <name>data.rule.kind_word</name>
        <message>
            <source>city or district by its word</source>
            <translation>сөзі бойынша қала немесе аудан</translation>
        </message>
    </context>
    <context>
        <name>data.rule.latin_lookalike</name>
        <message>
            <source>Latin look-alike letters</source>
            <translation>ұқсас латын әріптері</translation>
        </message>
    </context>
    <context>
        <name>data.rule.legacy_encoding</name>
        <message>
            <source>old encoding repaired</source>
            <translation>ескі кодтау түзетілді</translation>
        </message>
    </context>
    <context>
        <name>data.rule.level_word_ignored</name>
        <message>
            <source>level word ignored</source>
            <translation>деңгей сөзі ескерілмеді</translation>
        </message>
    </context>
    <context>
        <name>data.rule.synonym</name>
        <message>
            <source>known name (kk/ru/en, old names)</source>
            <translation>белгілі атау (kk/ru/en, ескі атаулар)</translation>
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
            <translation>тақырып мәтіні</translation>
        </message>
    </context>
    <context>
        <name>data.select.latest_period</name>
        <message>
            <source>latest period</source>
            <translation>соңғы кезең</translation>
        </message>
    </context>
    <context>
        <name>data.select.letter</name>
        <message>
            <source>column letter</source>
            <translation>баған әрпі</translation>
        </message>
    </context>
    <context>
        <name>data.source.boundaries</name>
        <message>
            <source>Boundaries</source>
            <translation>Шекаралар</translation>
        </message>
    </context>
    <context>
        <name>data.source.institutions</name>
        <message>
            <source>Institutions</source>
            <translation>Мекемелер</translation>
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
            <translation>Қосу…</translation>
        </message>
    </context>
    <context>
        <name>data.src.add_tip</name>
        <message>
            <source>Add a statistics table (population, schools, households …) or a filled template: it joins the tables in use, which stay.</source>
            <translation>Статистика кестесін (халық, мектептер, үй шаруашылықтары …) немесе толтырылған үлгіні қосу: ол жүктелген кестелерге қосылады, олар қалады.</translation>
        </message>
    </context>
    <context>
        <name>data.src.check</name>
        <message>
            <source>Check…</source>
            <translation>Тексеру…</translation>
        </message>
    </context>
    <context>
        <name>data.src.chosen_latest</name>
        <message>
            <source>the latest year</source>
            <translation>соңғы жыл</translation>
        </message>
    </context>
    <context>
        <name>data.src.col_errors</name>
        <message>
            <source>Errors</source>
            <translation>Қателер</translation>
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
            <translation>Көрсеткіштер</translation>
        </message>
    </context>
    <context>
        <name>data.src.col_joined</name>
        <message>
            <source>Joined</source>
            <translation>Сәйкестендірілді</translation>
        </message>
    </context>
    <context>
        <name>data.src.col_sheet</name>
        <message>
            <source>Sheet</source>
            <translation>Парақ</translation>
        </message>
    </context>
    <context>
        <name>data.src.col_year</name>
        <message>
            <source>Year read</source>
            <translation>Оқылған жыл</translation>
        </message>
    </context>
    <context>
        <name>data.src.errors</name>
        <message>
            <source>{n} — open the check</source>
            <translation>{n} — тексеруді ашу</translation>
        </message>
    </context>
    <context>
        <name>data.src.illustrative</name>
        <message>
            <source>illustrative sample</source>
            <translation>иллюстрациялық үлгі</translation>
        </message>
    </context>
    <context>
        <name>data.src.joined</name>
        <message>
            <source>{joined} of {rows} rows</source>
            <translation>{rows} жолдың {joined}</translation>
        </message>
    </context>
    <context>
        <name>data.src.menu</name>
        <message>
            <source>&amp;Sources…</source>
            <translation>&amp;Дереккөздер…</translation>
        </message>
    </context>
    <context>
        <name>data.src.menu_missing_template</name>
        <message>
            <source>Write a template for what is &amp;missing…</source>
            <translation>&amp;Жетіспейтін деректерге үлгі жасау…</translation>
        </message>
    </context>
    <context>
        <name>data.src.missing</name>
        <message>
            <source>Still missing — {items}</source>
            <translation>Әлі жоқ — {items}</translation>
        </message>
    </context>
    <context>
        <name>data.src.none_selected</name>
        <message>
            <source>Choose a table in the list first.</source>
            <translation>Алдымен тізімнен кестені таңдаңыз.</translation>
        </message>
    </context>
    <context>
        <name>data.src.not_used</name>
        <message>
            <source>not used: taken from {source}</source>
            <translation>пайдаланылмайды: {source} дереккөзінен алынады</translation>
        </message>
    </context>
    <context>
        <name>data.src.nothing_missing</name>
        <message>
            <source>Every input the gaps and the plan need is given.</source>
            <translation>Алшақтықтар мен жоспарға қажетті деректердің бәрі бар.</translation>
        </message>
    </context>
    <context>
        <name>data.src.offer_item</name>
        <message>
            <source>the mapping of {file}, the table it replaces (sheet “{sheet}”, {rows} rows)</source>
            <translation>ауыстырылатын {file} кестесінің сәйкестендіруі («{sheet}» парағы, {rows} жол)</translation>
        </message>
    </context>
    <context>
        <name>data.src.pick_add</name>
        <message>
            <source>Add a statistics table</source>
            <translation>Статистика кестесін қосу</translation>
        </message>
    </context>
    <context>
        <name>data.src.pick_replace</name>
        <message>
            <source>Next year's file for {file}</source>
            <translation>{file} орнына келесі жылдың файлы</translation>
        </message>
    </context>
    <context>
        <name>data.src.remove</name>
        <message>
            <source>Remove</source>
            <translation>Алып тастау</translation>
        </message>
    </context>
    <context>
        <name>data.src.remove_last</name>
        <message>
            <source>{file} is the only statistics table: the map and the plan need one. Add another table first, then remove this one.</source>
            <translation>{file} — жалғыз статистика кестесі, ал карта мен жоспарға кемінде біреуі керек. Алдымен басқа кестені қосып, содан кейін мұны алып тастаңыз.</translation>
        </message>
    </context>
    <context>
        <name>data.src.replace</name>
        <message>
            <source>Replace…</source>
            <translation>Ауыстыру…</translation>
        </message>
    </context>
    <context>
        <name>data.src.replace_tip</name>
        <message>
            <source>Next year's file in place of the selected table: its column mapping is offered again, at the latest year.</source>
            <translation>Таңдалған кестенің орнына келесі жылдың файлы: оның бағандарды сәйкестендіруі соңғы жыл үшін қайта ұсынылады.</translation>
        </message>
    </context>
    <context>
        <name>data.src.several</name>
        <message>
            <source>Indicators several sources give — which one is used:</source>
            <translation>Бірнеше дереккөзде бар көрсеткіштер — қайсысы пайдаланылады:</translation>
        </message>
    </context>
    <context>
        <name>data.src.template</name>
        <message>
            <source>Write a template for what is missing…</source>
            <translation>Жетіспейтін деректерге үлгі жасау…</translation>
        </message>
    </context>
    <context>
        <name>data.src.template_written</name>
        <message>
            <source>Template written: {file}. Fill it in, then add it under Data → Sources → Add….</source>
            <translation>Үлгі сақталды: {file}. Толтырып, қосыңыз: Деректер → Дереккөздер → Қосу….</translation>
        </message>
    </context>
    <context>
        <name>data.src.tip_file</name>
        <message>
            <source>{path}
Cells: {cells}</source>
            <translation>{path}
Ұяшықтар: {cells}</translation>
        </message>
    </context>
    <context>
        <name>data.src.tip_publisher</name>
        <message>
            <source>Publisher: {publisher}</source>
            <translation>Жариялаушы: {publisher}</translation>
        </message>
    </context>
    <context>
        <name>data.src.title</name>
        <message>
            <source>Data sources</source>
            <translation>Дереккөздер</translation>
        </message>
    </context>
    <context>
        <name>data.src.used</name>
        <message>
            <source>used</source>
            <translation>пайдаланылады</translation>
        </message>
    </context>
    <context>
        <name>data.src.used_of</name>
        <message>
            <source>{used} of {given} used</source>
            <translation>{given} ішінен {used} пайдаланылады</translation>
        </message>
    </context>
    <context>
        <name>data.status.imported</name>
        <message>
            <source>Statistics loaded: {joined} rows joined, {fuzzy} to confirm, {unmatched} not joined (Data → Check).</source>
            <translation>Статистика жүктелді: {joined} жол сәйкестендірілді, {fuzzy} растау керек, {unmatched} сәйкестендірілмеді (Деректер → Тексеру).</translation>
        </message>
    </context>
    <context>
        <name>data.tmpl.actuals_name</name>
        <message>
            <source>actuals_template.xlsx</source>
            <translation>нақты_үлгісі.xlsx</translation>
        </message>
    </context>
    <context>
        <name>data.tmpl.data_name</name>
        <message>
            <source>data_template.xlsx</source>
            <translation>деректер_үлгісі.xlsx</translation>
        </message>
    </context>
    <context>
        <name>data.tmpl.filter</name>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel кітабы (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>data.tmpl.missing_name</name>
        <message>
            <source>missing_data_template.xlsx</source>
            <translation>жетіспейтін_деректер_үлгісі.xlsx</translation>
        </message>
    </context>
    <context>
        <name>data.tmpl.monitoring_name</name>
        <message>
            <source>monitoring_template.xlsx</source>
            <translation>мониторинг_үлгісі.xlsx</translation>
        </message>
    </context>
    <context>
        <name>data.tmpl.title</name>
        <message>
            <source>Write a data template</source>
            <translation>Деректер үлгісін жасау</translation>
        </message>
    </context>
    <context>
        <name>data.tmpl.written</name>
        <message>
            <source>Template written: {file}</source>
            <translation>Үлгі сақталды: {file}</translation>
        </message>
    </context>
    <context>
        <name>data.type.number</name>
        <message>
            <source>number</source>
            <translation>сан</translation>
        </message>
    </context>
    <context>
        <name>data.type.share</name>
        <message>
            <source>share / rate</source>
            <translation>үлес / мөлшерлеме</translation>
        </message>
    </context>
    <context>
        <name>data.type.text</name>
        <message>
            <source>text</source>
            <translation>мәтін</translation>
        </message>
    </context>
    <context>
        <name>data.unexpected</name>
        <message>
            <source>Something unexpected went wrong; the data in use is unchanged.</source>
            <translation>Күтпеген қате орын алды; жүктелген деректер өзгерген жоқ.</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.back</name>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; Артқа</translation>
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
            <translation>{name} ({first}–{last} жолдар)</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.checking</name>
        <message>
            <source>Reading the rows and matching them with the units…</source>
            <translation>Жолдар оқылып, бірліктермен сәйкестендірілуде…</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.code</name>
        <message>
            <source>KATO column:</source>
            <translation>ҚАТО бағаны:</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.col_header</name>
        <message>
            <source>Header in the file</source>
            <translation>Файлдағы тақырып</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.col_indicator</name>
        <message>
            <source>Indicator</source>
            <translation>Көрсеткіш</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.col_letter</name>
        <message>
            <source>Column</source>
            <translation>Баған</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.col_select</name>
        <message>
            <source>Next year find by</source>
            <translation>Келесі жылы іздеу</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.col_type</name>
        <message>
            <source>Type</source>
            <translation>Түрі</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.col_values</name>
        <message>
            <source>Values</source>
            <translation>Мәндер</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.confidence</name>
        <message>
            <source>detection confidence {value} %</source>
            <translation>анықтау сенімділігі {value} %</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.counts</name>
        <message>
            <source>{numbers} numbers · “–” {zeros} · x {conf} · … {nodata} · empty {empty} · text {bad}</source>
            <translation>сан {numbers} · «–» {zeros} · x {conf} · … {nodata} · бос {empty} · мәтін {bad}</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.detected</name>
        <message>
            <source>Sheet “{sheet}”: {rows} table rows and {columns} value columns found.</source>
            <translation>«{sheet}» парағы: кестенің {rows} жолы және мәндері бар {columns} баған табылды.</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.file</name>
        <message>
            <source>Statistics file:</source>
            <translation>Статистика файлы:</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.file_actuals</name>
        <message>
            <source>Actuals file:</source>
            <translation>Нақты деректер файлы:</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.filter</name>
        <message>
            <source>Tables (*.xlsx *.xlsm *.xls *.csv *.txt);;All files (*)</source>
            <translation>Кестелер (*.xlsx *.xlsm *.xls *.csv *.txt);;Барлық файлдар (*)</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.finish</name>
        <message>
            <source>Load</source>
            <translation>Жүктеу</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.finish_actuals</name>
        <message>
            <source>Compare with the plan</source>
            <translation>Жоспармен салыстыру</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.go_back</name>
        <message>
            <source>Go back to fix the layout or the columns; the data in use is unchanged.</source>
            <translation>Құрылымды немесе бағандарды түзету үшін артқа оралыңыз; жүктелген деректер өзгерген жоқ.</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.header</name>
        <message>
            <source>Header rows:</source>
            <translation>Тақырып жолдары:</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.kind</name>
        <message>
            <source>It holds:</source>
            <translation>Құрамы:</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.kind_code</name>
        <message>
            <source>KATO codes</source>
            <translation>ҚАТО кодтары</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.kind_institution</name>
        <message>
            <source>institution ids</source>
            <translation>мекеме кодтары</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.kind_name</name>
        <message>
            <source>names</source>
            <translation>атаулар</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.legend</name>
        <message>
            <source>blue: header · green: chosen block · dark green: mapped columns</source>
            <translation>көк: тақырып · жасыл: таңдалған блок · қою жасыл: таңдалған бағандар</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.mapping_filter</name>
        <message>
            <source>Mapping (*.mapping.json *.json)</source>
            <translation>Сәйкестендіру (*.mapping.json *.json)</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.marks</name>
        <message>
            <source>“–” as zero {zero}, confidential {conf}, no data {nodata}, empty {empty}</source>
            <translation>«–» нөл ретінде {zero}, құпия {conf}, дерек жоқ {nodata}, бос {empty}</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.next</name>
        <message>
            <source>Next &gt;</source>
            <translation>Келесі &gt;</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.no_units</name>
        <message>
            <source>No boundaries are loaded: the rows will be matched when the data loads.</source>
            <translation>Шекаралар жүктелмеген: жолдар жүктеу кезінде сәйкестендіріледі.</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.none_mapped</name>
        <message>
            <source>Choose an indicator for at least one column.</source>
            <translation>Кемінде бір бағанға көрсеткіш таңдаңыз.</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.not_used</name>
        <message>
            <source>— not used —</source>
            <translation>— пайдаланылмайды —</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.notes_found</name>
        <message>
            <source>notes below the table (rows {rows}) are not data</source>
            <translation>кесте астындағы ескертпелер ({rows} жолдар) деректер емес</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.offer</name>
        <message>
            <source>Use a saved mapping that fits this file</source>
            <translation>Осы файлға сай келетін сақталған сәйкестендіруді қолдану</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.offer_item</name>
        <message>
            <source>{file} (sheet “{sheet}”, {rows} rows)</source>
            <translation>{file} («{sheet}» парағы, {rows} жол)</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.offer_note</name>
        <message>
            <source>Saved last time for a file of the same layout (e.g. last year's); its columns, block and your decisions are reused. You can still change everything.</source>
            <translation>Бұрын осындай құрылымдағы файл үшін сақталған (мысалы, өткен жылғы): бағандар, блок және шешімдеріңіз қайта қолданылады. Бәрін өзгертуге болады.</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.page_check</name>
        <message>
            <source>4. Check the matches</source>
            <translation>4. Сәйкестендіруді тексеру</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.page_check_sub</name>
        <message>
            <source>Every row and the unit it joins. Confirm matches by similar spelling or choose another unit.</source>
            <translation>Әр жол және ол қосылатын бірлік. Ұқсас жазылу бойынша сәйкестіктерді растаңыз немесе басқа бірлікті таңдаңыз.</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.page_columns</name>
        <message>
            <source>3. Columns → indicators</source>
            <translation>3. Бағандар → көрсеткіштер</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.page_columns_sub</name>
        <message>
            <source>★ marks the suggestion from the header text; choose “not used” to skip a column.</source>
            <translation>★ — тақырып мәтіні бойынша ұсыныс; бағанды өткізу үшін «пайдаланылмайды».</translation>
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
            <translation>Ведомство жариялаған күйіндегі статистика кестесі (.xlsx, .xls, .csv).</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.page_file_sub_actuals</name>
        <message>
            <source>What the programme reports afterwards, as the office sent it (.xlsx, .xls, .csv): vouchers issued and redeemed, institutions connected, money spent, indicators measured later.</source>
            <translation>Бағдарламадан кейінгі есеп, ведомство жіберген күйінде (.xlsx, .xls, .csv): берілген және пайдаланылған ваучерлер, қосылған мекемелер, шығыстар, кейін өлшенген көрсеткіштер.</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.page_layout</name>
        <message>
            <source>2. Sheet and layout</source>
            <translation>2. Парақ және құрылым</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.page_layout_sub</name>
        <message>
            <source>Check what was detected: header rows, the block of rows and the unit column.</source>
            <translation>Табылғанын тексеріңіз: тақырып жолдары, жолдар блогы және бірлік бағаны.</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.pick_title</name>
        <message>
            <source>Statistics file</source>
            <translation>Статистика файлы</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.pick_title_actuals</name>
        <message>
            <source>Actuals file</source>
            <translation>Нақты деректер файлы</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.prov_line</name>
        <message>
            <source>&lt;b&gt;{indicator}&lt;/b&gt; ← {file}, sheet “{sheet}”, cells {cells} (“{header}”); {marks}</source>
            <translation>&lt;b&gt;{indicator}&lt;/b&gt; ← {file}, «{sheet}» парағы, {cells} ұяшықтары («{header}»); {marks}</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.reading</name>
        <message>
            <source>Reading…</source>
            <translation>Оқылуда…</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.save_mapping</name>
        <message>
            <source>Save the mapping for next year's file:</source>
            <translation>Келесі жылғы файл үшін сәйкестендіруді сақтау:</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.save_title</name>
        <message>
            <source>Save the mapping</source>
            <translation>Сәйкестендіруді сақтау</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.sheet</name>
        <message>
            <source>Sheet:</source>
            <translation>Парақ:</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.suggest_tip</name>
        <message>
            <source>Suggested from the header: {value}</source>
            <translation>Тақырып бойынша ұсынылған: {value}</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.title</name>
        <message>
            <source>Import statistics</source>
            <translation>Статистиканы импорттау</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.title_actuals</name>
        <message>
            <source>Import actuals</source>
            <translation>Нақты деректерді импорттау</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.title_found</name>
        <message>
            <source>Title: {title}</source>
            <translation>Атауы: {title}</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.to</name>
        <message>
            <source>to</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.totals_found</name>
        <message>
            <source>total rows {rows} are kept out of the units</source>
            <translation>{rows} қорытынды жолдар бірліктерге қосылмайды</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.twice</name>
        <message>
            <source>“{indicator}” is chosen for columns {a} and {b}; keep one.</source>
            <translation>«{indicator}» {a} және {b} бағандарына таңдалған; біреуін қалдырыңыз.</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.unit</name>
        <message>
            <source>Unit column:</source>
            <translation>Бірлік бағаны:</translation>
        </message>
    </context>
    <context>
        <name>data.wiz.unknown_institutions</name>
        <message>
            <source>{n} institutions are not in the register and are left out: {ids}</source>
            <translation>{n} мекеме тізілімде жоқ, олар есепке алынбады: {ids}</translation>
        </message>
    </context>
    <context>
        <name>diag.build</name>
        <message>
            <source>Build</source>
            <translation>Құрастыру</translation>
        </message>
    </context>
    <context>
        <name>diag.copied</name>
        <message>
            <source>Diagnostics copied to the clipboard: paste them into an e-mail to support. Nothing was sent.</source>
            <translation>Диагностика алмасу буферіне көшірілді: оны қолдау қызметіне хатқа қойыңыз. Ештеңе жіберілген жоқ.</translation>
        </message>
    </context>
    <context>
        <name>diag.encoding</name>
        <message>
            <source>File names / console encoding</source>
            <translation>Файл атаулары / консоль кодтамасы</translation>
        </message>
    </context>
    <context>
        <name>diag.language</name>
        <message>
            <source>Interface language</source>
            <translation>Интерфейс тілі</translation>
        </message>
    </context>
    <context>
        <name>diag.log</name>
        <message>
            <source>Log file</source>
            <translation>Журнал файлы</translation>
        </message>
    </context>
    <context>
        <name>diag.log_empty</name>
        <message>
            <source>(the log is empty or missing)</source>
            <translation>(журнал бос немесе жоқ)</translation>
        </message>
    </context>
    <context>
        <name>diag.log_tail</name>
        <message>
            <source>Last {n} lines of the log:</source>
            <translation>Журналдың соңғы жолдары ({n}):</translation>
        </message>
    </context>
    <context>
        <name>diag.os</name>
        <message>
            <source>Operating system</source>
            <translation>Операциялық жүйе</translation>
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
            <translation>Экрандар (логикалық өлшемі, физикалық өлшемі, масштабы)</translation>
        </message>
    </context>
    <context>
        <name>diag.settings</name>
        <message>
            <source>Settings</source>
            <translation>Баптаулар</translation>
        </message>
    </context>
    <context>
        <name>diag.title</name>
        <message>
            <source>KZ Planner {version}: diagnostics for support</source>
            <translation>KZ Planner {version}: қолдау қызметіне арналған диагностика</translation>
        </message>
    </context>
    <context>
        <name>diag.version</name>
        <message>
            <source>Version</source>
            <translation>Нұсқа</translation>
        </message>
    </context>
    <context>
        <name>dlg.boundaries_filter</name>
        <message>
            <source>Boundaries (*.gpkg *.geojson *.json *.shp *.zip);;All files (*)</source>
            <translation>Шекаралар (*.gpkg *.geojson *.json *.shp *.zip);;Барлық файлдар (*)</translation>
        </message>
    </context>
    <context>
        <name>dlg.boundaries_title</name>
        <message>
            <source>Load boundaries</source>
            <translation>Шекараларды жүктеу</translation>
        </message>
    </context>
    <context>
        <name>dlg.close</name>
        <message>
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
    </context>
    <context>
        <name>dlg.excel_filter</name>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel кітабы (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>dlg.export_title</name>
        <message>
            <source>Export plan to Excel</source>
            <translation>Жоспарды Excel-ге экспорттау</translation>
        </message>
    </context>
    <context>
        <name>dlg.no_plan</name>
        <message>
            <source>There is no plan to export yet. Run a plan first.</source>
            <translation>Экспорттайтын жоспар әлі жоқ. Алдымен жоспарды есептеңіз.</translation>
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
            <translation>KZ Planner — әрекет орындалмады</translation>
        </message>
    </context>
    <context>
        <name>dlg.save_as</name>
        <message>
            <source>Save under another name…</source>
            <translation>Басқа атпен сақтау…</translation>
        </message>
    </context>
    <context>
        <name>dlg.statistics_filter</name>
        <message>
            <source>Statistics (*.xlsx *.xls *.csv);;All files (*)</source>
            <translation>Статистика (*.xlsx *.xls *.csv);;Барлық файлдар (*)</translation>
        </message>
    </context>
    <context>
        <name>dlg.statistics_title</name>
        <message>
            <source>Load statistics</source>
            <translation>Статистиканы жүктеу</translation>
        </message>
    </context>
    <context>
        <name>dlg.unexpected</name>
        <message>
            <source>Something unexpected went wrong. The details were written to
{log}

Your files have not been changed. You can keep working, or restart KZ Planner.</source>
            <translation>Күтпеген қате орын алды. Толығырақ мәлімет мына файлға жазылды:
{log}

Сіздің файлдарыңыз өзгерген жоқ. Жұмысты жалғастыруға немесе KZ Planner-ді қайта іске қосуға болады.</translation>
        </message>
    </context>
    <context>
        <name>dock.units</name>
        <message>
            <source>Units</source>
            <translation>Аумақтар</translation>
        </message>
    </context>
    <context>
        <name>ev.after</name>
        <message>
            <source>after</source>
            <translation>кейін</translation>
        </message>
    </context>
    <context>
        <name>ev.before</name>
        <message>
            <source>before</source>
            <translation>дейін</translation>
        </message>
    </context>
    <context>
        <name>ev.cell_means</name>
        <message>
            <source>Group means</source>
            <translation>Топтардың орташасы</translation>
        </message>
    </context>
    <context>
        <name>ev.ci</name>
        <message>
            <source>95 % confidence interval</source>
            <translation>95 % сенімділік аралығы</translation>
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
            <translation>Пирсон корреляциялары (жұп бойынша толық жолдар)</translation>
        </message>
    </context>
    <context>
        <name>ev.corr_spearman</name>
        <message>
            <source>Spearman correlations (pairwise-complete rows)</source>
            <translation>Спирмен корреляциялары (жұп бойынша толық жолдар)</translation>
        </message>
    </context>
    <context>
        <name>ev.did_counts</name>
        <message>
            <source>n = {n}, units = {units} (treated {treated}, comparison {comparison}), {se}, R² = {r2}</source>
            <translation>n = {n}, бірліктер = {units} (қатысушылар {treated}, салыстыру {comparison}), {se}, R² = {r2}</translation>
        </message>
    </context>
    <context>
        <name>ev.did_title</name>
        <message>
            <source>Difference-in-differences: {outcome} = α + β1·Post + β2·Treated + β3·Post·Treated (Post: {time} ≥ {post})</source>
            <translation>Айырмалар айырмасы: {outcome} = α + β1·Кейін + β2·Қатысушылар + β3·Кейін·Қатысушылар (Кейін: {time} ≥ {post})</translation>
        </message>
    </context>
    <context>
        <name>ev.group_comparison</name>
        <message>
            <source>comparison</source>
            <translation>салыстыру</translation>
        </message>
    </context>
    <context>
        <name>ev.group_treated</name>
        <message>
            <source>treated</source>
            <translation>қатысушылар</translation>
        </message>
    </context>
    <context>
        <name>ev.p_value</name>
        <message>
            <source>p-value</source>
            <translation>p-мәні</translation>
        </message>
    </context>
    <context>
        <name>ev.se</name>
        <message>
            <source>Std. error</source>
            <translation>Ст. қате</translation>
        </message>
    </context>
    <context>
        <name>ev.se_classical</name>
        <message>
            <source>classical standard errors</source>
            <translation>классикалық стандартты қателер</translation>
        </message>
    </context>
    <context>
        <name>ev.se_cluster</name>
        <message>
            <source>standard errors clustered by unit</source>
            <translation>бірліктер бойынша кластерленген стандартты қателер</translation>
        </message>
    </context>
    <context>
        <name>ev.term</name>
        <message>
            <source>Term</source>
            <translation>Модель мүшесі</translation>
        </message>
    </context>
    <context>
        <name>exp.csv</name>
        <message>
            <source>Export to &amp;CSV tables…</source>
            <translation>&amp;CSV кестелеріне экспорттау…</translation>
        </message>
    </context>
    <context>
        <name>exp.csv_filter</name>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV кестесі (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>exp.csv_title</name>
        <message>
            <source>Export the plan as CSV tables</source>
            <translation>Жоспарды CSV кестелеріне</translation>
        </message>
    </context>
    <context>
        <name>exp.gpkg</name>
        <message>
            <source>Export to &amp;GeoPackage (GIS)…</source>
            <translation>&amp;GeoPackage-ке экспорттау (ГАЖ)…</translation>
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
            <translation>Жоспарды GeoPackage-ке</translation>
        </message>
    </context>
    <context>
        <name>grid.col_cost</name>
        <message>
            <source>Cost</source>
            <translation>Құны</translation>
        </message>
    </context>
    <context>
        <name>grid.col_cost_tip</name>
        <message>
            <source>what this line costs, in tenge</source>
            <translation>жолдың құны, теңгемен</translation>
        </message>
    </context>
    <context>
        <name>grid.col_count</name>
        <message>
            <source>Count</source>
            <translation>Саны</translation>
        </message>
    </context>
    <context>
        <name>grid.col_count_tip</name>
        <message>
            <source>how many the plan gives; you can change it</source>
            <translation>жоспар қаншасын береді; өзгертуге болады</translation>
        </message>
    </context>
    <context>
        <name>grid.col_group</name>
        <message>
            <source>Group / type</source>
            <translation>Топ / түр</translation>
        </message>
    </context>
    <context>
        <name>grid.col_group_tip</name>
        <message>
            <source>the target group (vouchers) or the institution type (kits)</source>
            <translation>мақсатты топ (сертификаттар) немесе мекеме түрі (жинақтар)</translation>
        </message>
    </context>
    <context>
        <name>grid.col_instrument</name>
        <message>
            <source>Instrument</source>
            <translation>Құрал</translation>
        </message>
    </context>
    <context>
        <name>grid.col_instrument_tip</name>
        <message>
            <source>what is given: a kit for an institution, a device voucher or an internet voucher</source>
            <translation>не беріледі: мекемеге жинақ, құрылғыға немесе интернетке сертификат</translation>
        </message>
    </context>
    <context>
        <name>grid.col_max</name>
        <message>
            <source>At most</source>
            <translation>Көп дегенде</translation>
        </message>
    </context>
    <context>
        <name>grid.col_max_tip</name>
        <message>
            <source>the most this line can get (people or institutions there)</source>
            <translation>бұл жол одан көп ала алмайды (ондағы адамдар не мекемелер)</translation>
        </message>
    </context>
    <context>
        <name>grid.col_people</name>
        <message>
            <source>People reached</source>
            <translation>Қамту, адам</translation>
        </message>
    </context>
    <context>
        <name>grid.col_people_tip</name>
        <message>
            <source>people who gain access through this line</source>
            <translation>осы жол арқылы қолжетімділік алатын адамдар</translation>
        </message>
    </context>
    <context>
        <name>grid.col_unit</name>
        <message>
            <source>Unit</source>
            <translation>Бірлік</translation>
        </message>
    </context>
    <context>
        <name>grid.col_unit_tip</name>
        <message>
            <source>the district or oblast</source>
            <translation>аудан немесе облыс</translation>
        </message>
    </context>
    <context>
        <name>grid.count_tip</name>
        <message>
            <source>Double-click or type to change (0 … {max}); Ctrl+Z undoes</source>
            <translation>Өзгерту үшін екі рет басыңыз немесе сан енгізіңіз (0 … {max}); Ctrl+Z болдырмайды</translation>
        </message>
    </context>
    <context>
        <name>grid.explain_hint</name>
        <message>
            <source>Select a unit on the map or in the table to see what it receives and why.</source>
            <translation>Бірлікті картадан немесе кестеден таңдаңыз: не алатыны және неліктен екені көрсетіледі.</translation>
        </message>
    </context>
    <context>
        <name>grid.explain_title</name>
        <message>
            <source>Why</source>
            <translation>Неліктен</translation>
        </message>
    </context>
    <context>
        <name>grid.in_plan_only</name>
        <message>
            <source>Only lines in the plan</source>
            <translation>Тек жоспардағы жолдар</translation>
        </message>
    </context>
    <context>
        <name>grid.manual</name>
        <message>
            <source>✎ edited by hand</source>
            <translation>✎ қолмен өзгертілген</translation>
        </message>
    </context>
    <context>
        <name>grid.selected_only</name>
        <message>
            <source>Selected units only</source>
            <translation>Тек таңдалған бірліктер</translation>
        </message>
    </context>
    <context>
        <name>grid.title</name>
        <message>
            <source>Allocation — edit counts</source>
            <translation>Бөлу — сандарды түзету</translation>
        </message>
    </context>
    <context>
        <name>guide.back</name>
        <message>
            <source>Back</source>
            <translation>Артқа</translation>
        </message>
    </context>
    <context>
        <name>guide.done</name>
        <message>
            <source>Done</source>
            <translation>Дайын</translation>
        </message>
    </context>
    <context>
        <name>guide.next</name>
        <message>
            <source>Next</source>
            <translation>Келесі</translation>
        </message>
    </context>
    <context>
        <name>guide.show_at_start</name>
        <message>
            <source>Show this guide at every start</source>
            <translation>Әр іске қосқанда көрсету</translation>
        </message>
    </context>
    <context>
        <name>guide.step.allocate</name>
        <message>
            <source>Allocate</source>
            <translation>Бөлу</translation>
        </message>
    </context>
    <context>
        <name>guide.step.check</name>
        <message>
            <source>Check</source>
            <translation>Тексеру</translation>
        </message>
    </context>
    <context>
        <name>guide.step.compare</name>
        <message>
            <source>Compare</source>
            <translation>Салыстыру</translation>
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
            <translation>Жүктеу</translation>
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
            <translation>{total} қадамның {n}-қадамы</translation>
        </message>
    </context>
    <context>
        <name>guide.text.allocate</name>
        <message>
            <source>Set the budget in tenge, the strategy and the equity weight on the right. The results show people newly with access and the access gap before → after.</source>
            <translation>Оң жақта бюджетті теңгемен, стратегияны және әділдік салмағын белгілеңіз. Нәтижелерде жаңадан қол жеткізетіндер саны мен қолжетімділік алшақтығы көрсетіледі: дейін → кейін.</translation>
        </message>
    </context>
    <context>
        <name>guide.text.check</name>
        <message>
            <source>Read the notes that appear after loading: units that did not match, missing values, boundaries older than 2018. Correct the file and load it again.</source>
            <translation>Жүктегеннен кейін шығатын ескертпелерді оқыңыз: сәйкестендірілмеген аумақтар, бос мәндер, 2018 жылға дейінгі шекаралар. Файлды түзетіп, қайта жүктеңіз.</translation>
        </message>
    </context>
    <context>
        <name>guide.text.compare</name>
        <message>
            <source>Keep several scenarios — other budgets or strategies — and compare them side by side before you choose one.</source>
            <translation>Бірнеше сценарийді — басқа бюджетпен не стратегиямен — сақтап, біреуін таңдамас бұрын оларды қатар салыстырыңыз.</translation>
        </message>
    </context>
    <context>
        <name>guide.text.export</name>
        <message>
            <source>File → Export plan to Excel writes the allocation plan for the budget commission, in Russian or Kazakh. Help → User guide explains every step.</source>
            <translation>«Файл» → «Жоспарды Excel-ге экспорттау» бюджет комиссиясына арналған бөлу жоспарын қазақ не орыс тілінде сақтайды. «Анықтама» → «Пайдаланушы нұсқаулығы» әр қадамды түсіндіреді.</translation>
        </message>
    </context>
    <context>
        <name>guide.text.load</name>
        <message>
            <source>Open boundaries, statistics and the institution register from the File menu, or drop the files onto the window. The sample open now is illustrative, not official statistics.</source>
            <translation>Шекараларды, статистиканы және мекемелер тізілімін «Файл» мәзірі арқылы ашыңыз немесе файлдарды терезеге сүйреп әкеліңіз. Қазір ашық тұрған мысал — иллюстрациялық, ресми статистика емес.</translation>
        </message>
    </context>
    <context>
        <name>guide.text.map</name>
        <message>
            <source>Choose an indicator above the map to see where institutional access is weakest. Click a district to select it in the table below.</source>
            <translation>Институционалдық қолжетімділік қай жерде ең әлсіз екенін көру үшін карта үстінен көрсеткішті таңдаңыз. Аудан кестеде белгіленуі үшін оны басыңыз.</translation>
        </message>
    </context>
    <context>
        <name>guide.title</name>
        <message>
            <source>Getting started</source>
            <translation>Жұмысты бастау</translation>
        </message>
    </context>
    <context>
        <name>help.missing</name>
        <message>
            <source>The user guide was not found: {file}</source>
            <translation>Пайдаланушы нұсқаулығы табылмады: {file}</translation>
        </message>
    </context>
    <context>
        <name>help.open_browser</name>
        <message>
            <source>Open in browser</source>
            <translation>Браузерде ашу</translation>
        </message>
    </context>
    <context>
        <name>help.title</name>
        <message>
            <source>KZ Planner — user guide</source>
            <translation>KZ Planner — пайдаланушы нұсқаулығы</translation>
        </message>
    </context>
    <context>
        <name>inst.card.equipment</name>
        <message>
            <source>Equipment</source>
            <translation>Жабдық</translation>
        </message>
    </context>
    <context>
        <name>inst.card.kit</name>
        <message>
            <source>Kit in the current plan</source>
            <translation>Ағымдағы жоспардағы жинақ</translation>
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
            <translation>жоқ</translation>
        </message>
    </context>
    <context>
        <name>inst.card.no_name</name>
        <message>
            <source>no name in English</source>
            <translation>қазақша атауы жоқ</translation>
        </message>
    </context>
    <context>
        <name>inst.card.speed</name>
        <message>
            <source>Download speed</source>
            <translation>Жүктеу жылдамдығы</translation>
        </message>
    </context>
    <context>
        <name>inst.card.status</name>
        <message>
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
    </context>
    <context>
        <name>inst.card.type</name>
        <message>
            <source>Type</source>
            <translation>Түрі</translation>
        </message>
    </context>
    <context>
        <name>inst.card.unknown</name>
        <message>
            <source>unknown</source>
            <translation>белгісіз</translation>
        </message>
    </context>
    <context>
        <name>inst.card.yes</name>
        <message>
            <source>yes</source>
            <translation>иә</translation>
        </message>
    </context>
    <context>
        <name>inst.cluster</name>
        <message>
            <source>Numbered discs: institutions overlapping on screen (zoom in to split them); the ring shows their statuses.</source>
            <translation>Санды дөңгелектер — экранда бір-бірін жабатын мекемелер (бөлу үшін жақындатыңыз); сақина — олардың күйлері.</translation>
        </message>
    </context>
    <context>
        <name>inst.cluster_tip</name>
        <message>
            <source>{n} institutions, {bad} without access</source>
            <translation>Мекемелер: {n}, қолжетімсіз: {bad}</translation>
        </message>
    </context>
    <context>
        <name>inst.filter</name>
        <message>
            <source>Show…</source>
            <translation>Көрсету…</translation>
        </message>
    </context>
    <context>
        <name>inst.filter_tip</name>
        <message>
            <source>Which institution types and statuses to show</source>
            <translation>Мекемелердің қай түрлері мен күйлері көрсетіледі</translation>
        </message>
    </context>
    <context>
        <name>inst.group</name>
        <message>
            <source>Overlapping: their number</source>
            <translation>Бір-бірін жабатындар: саны</translation>
        </message>
    </context>
    <context>
        <name>inst.size</name>
        <message>
            <source>Size: people served.</source>
            <translation>Өлшемі — қызмет алатындар саны.</translation>
        </message>
    </context>
    <context>
        <name>inst.status.access</name>
        <message>
            <source>With access</source>
            <translation>Қолжетімді</translation>
        </message>
    </context>
    <context>
        <name>inst.status.below</name>
        <message>
            <source>Below speed benchmark</source>
            <translation>Жылдамдық нормадан төмен</translation>
        </message>
    </context>
    <context>
        <name>inst.status.kit</name>
        <message>
            <source>Kit in the plan</source>
            <translation>Жоспар бойынша жинақ</translation>
        </message>
    </context>
    <context>
        <name>inst.status.unconnected</name>
        <message>
            <source>Not connected</source>
            <translation>Қосылмаған</translation>
        </message>
    </context>
    <context>
        <name>inst.type.fap</name>
        <message>
            <source>FAP (rural health post)</source>
            <translation>ФАП (фельдшерлік-акушерлік пункт)</translation>
        </message>
    </context>
    <context>
        <name>inst.type.psc</name>
        <message>
            <source>Public service centre</source>
            <translation>ХҚКО (халыққа қызмет көрсету орталығы)</translation>
        </message>
    </context>
    <context>
        <name>inst.type.school</name>
        <message>
            <source>School</source>
            <translation>Мектеп</translation>
        </message>
    </context>
    <context>
        <name>legend.after</name>
        <message>
            <source>after the plan</source>
            <translation>жоспардан кейін</translation>
        </message>
    </context>
    <context>
        <name>legend.before</name>
        <message>
            <source>before the plan</source>
            <translation>жоспарға дейін</translation>
        </message>
    </context>
    <context>
        <name>legend.change</name>
        <message>
            <source>change, pp</source>
            <translation>өзгеріс, п. т.</translation>
        </message>
    </context>
    <context>
        <name>legend.inst_access</name>
        <message>
            <source>With access</source>
            <translation>Қолжетімді</translation>
        </message>
    </context>
    <context>
        <name>legend.inst_kit</name>
        <message>
            <source>Kit in the plan</source>
            <translation>Жинақ жоспарда</translation>
        </message>
    </context>
    <context>
        <name>legend.inst_no_access</name>
        <message>
            <source>Without access</source>
            <translation>Қолжетімсіз</translation>
        </message>
    </context>
    <context>
        <name>legend.no_change</name>
        <message>
            <source>no change</source>
            <translation>өзгеріс жоқ</translation>
        </message>
    </context>
    <context>
        <name>legend.no_data</name>
        <message>
            <source>No data</source>
            <translation>Деректер жоқ</translation>
        </message>
    </context>
    <context>
        <name>legend.outlier_high</name>
        <message>
            <source>high outliers</source>
            <translation>жоғарғы шығыңқы</translation>
        </message>
    </context>
    <context>
        <name>legend.outlier_low</name>
        <message>
            <source>low outliers</source>
            <translation>төменгі шығыңқы</translation>
        </message>
    </context>
    <context>
        <name>legend.units</name>
        <message>
            <source>units</source>
            <translation>аумақ</translation>
        </message>
    </context>
    <context>
        <name>level.adm1</name>
        <message>
            <source>&amp;Oblasts and cities</source>
            <translation>&amp;Облыстар мен қалалар</translation>
        </message>
    </context>
    <context>
        <name>level.adm2</name>
        <message>
            <source>&amp;Districts</source>
            <translation>&amp;Аудандар</translation>
        </message>
    </context>
    <context>
        <name>level.check_note</name>
        <message>
            <source>The table is by oblast: it is checked against today's oblasts, and the map will show oblasts (View → Units on the map).</source>
            <translation>Кесте облыстар бойынша: ол қазіргі облыстармен салыстырылды, карта облыстарды көрсетеді (Көрініс → Картадағы бірліктер).</translation>
        </message>
    </context>
    <context>
        <name>level.menu</name>
        <message>
            <source>&amp;Units on the map</source>
            <translation>&amp;Картадағы бірліктер</translation>
        </message>
    </context>
    <context>
        <name>level.own_file</name>
        <message>
            <source>Boundaries of your own file are in use: load the level you want from File → Load boundaries.</source>
            <translation>Өз файлыңыздың шекаралары қолданылуда: қажетті деңгейді Файл → Шекараларды жүктеу арқылы жүктеңіз.</translation>
        </message>
    </context>
    <context>
        <name>level.tip</name>
        <message>
            <source>Today's units (geokz 2024): the statistics and the register stay; district rows are summed into their oblast.</source>
            <translation>Қазіргі бірліктер (geokz 2024): статистика мен тізілім сақталады; аудан жолдары облыс бойынша қосылады.</translation>
        </message>
    </context>
    <context>
        <name>map.baseline</name>
        <message>
            <source>Baseline</source>
            <translation>Бастапқы</translation>
        </message>
    </context>
    <context>
        <name>map.caption</name>
        <message>
            <source>Boundaries: {boundaries}{pre}. Data: {data}.</source>
            <translation>Шекаралар: {boundaries}{pre}. Деректер: {data}.</translation>
        </message>
    </context>
    <context>
        <name>map.caption_illustrative</name>
        <message>
            <source>illustrative sample</source>
            <translation>иллюстрациялық үлгі</translation>
        </message>
    </context>
    <context>
        <name>map.caption_loaded</name>
        <message>
            <source>loaded files</source>
            <translation>жүктелген файлдар</translation>
        </message>
    </context>
    <context>
        <name>map.caption_pre</name>
        <message>
            <source> (pre-2018)</source>
            <translation> (2018 жылға дейін)</translation>
        </message>
    </context>
    <context>
        <name>map.change</name>
        <message>
            <source>Change</source>
            <translation>Өзгеріс</translation>
        </message>
    </context>
    <context>
        <name>map.classes_tip</name>
        <message>
            <source>Number of classes</source>
            <translation>Сыныптар саны</translation>
        </message>
    </context>
    <context>
        <name>map.fit</name>
        <message>
            <source>Whole map</source>
            <translation>Бүкіл карта</translation>
        </message>
    </context>
    <context>
        <name>map.fit_tip</name>
        <message>
            <source>Show the whole map (F)</source>
            <translation>Бүкіл картаны көрсету (F)</translation>
        </message>
    </context>
    <context>
        <name>map.hole.baikonur</name>
        <message>
            <source>Baikonur — no data</source>
            <translation>Байқоңыр — деректер жоқ</translation>
        </message>
    </context>
    <context>
        <name>map.hole.no_data</name>
        <message>
            <source>no data</source>
            <translation>деректер жоқ</translation>
        </message>
    </context>
    <context>
        <name>map.indicator</name>
        <message>
            <source>Indicator</source>
            <translation>Көрсеткіш</translation>
        </message>
    </context>
    <context>
        <name>map.institutions</name>
        <message>
            <source>Institutions</source>
            <translation>Мекемелер</translation>
        </message>
    </context>
    <context>
        <name>map.institutions_tip</name>
        <message>
            <source>Schools, FAPs and PSCs as dots: with access, without access, kit in the plan</source>
            <translation>Мектептер, ФАП-тар және ХҚКО-лар нүктемен: қолжетімді, қолжетімсіз, жинақ жоспарда</translation>
        </message>
    </context>
    <context>
        <name>map.loading</name>
        <message>
            <source>Loading map…</source>
            <translation>Карта жүктелуде…</translation>
        </message>
    </context>
    <context>
        <name>map.mode_tip</name>
        <message>
            <source>Baseline: today's values. Projected: after the plan. Change: projected − baseline.</source>
            <translation>Бастапқы: қазіргі мәндер. Болжам: жоспардан кейін. Өзгеріс: болжам − бастапқы.</translation>
        </message>
    </context>
    <context>
        <name>map.needs_plan</name>
        <message>
            <source>Run a plan to see projected values.</source>
            <translation>Болжамды көру үшін жоспарды есептеңіз.</translation>
        </message>
    </context>
    <context>
        <name>map.no_coordinates</name>
        <message>
            <source>The institution register has no coordinates</source>
            <translation>Мекемелер тізілімінде координаттар жоқ</translation>
        </message>
    </context>
    <context>
        <name>map.no_data</name>
        <message>
            <source>No data loaded.
File → Open project… or File → Load statistics…</source>
            <translation>Деректер жүктелмеген.
Файл → Жобаны ашу… немесе Файл → Статистиканы жүктеу…</translation>
        </message>
    </context>
    <context>
        <name>map.projected</name>
        <message>
            <source>Projected</source>
            <translation>Болжам</translation>
        </message>
    </context>
    <context>
        <name>map.scheme</name>
        <message>
            <source>Classes</source>
            <translation>Сынып</translation>
        </message>
    </context>
    <context>
        <name>map.scheme_tip</name>
        <message>
            <source>How values are grouped into colours, and how many classes</source>
            <translation>Мәндер түстерге қалай бөлінеді және неше класс</translation>
        </message>
    </context>
    <context>
        <name>menu.edit</name>
        <message>
            <source>&amp;Edit</source>
            <translation>Ө&amp;ңдеу</translation>
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
            <translation>&amp;Анықтама</translation>
        </message>
    </context>
    <context>
        <name>menu.language</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Тіл</translation>
        </message>
    </context>
    <context>
        <name>menu.view</name>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Көрініс</translation>
        </message>
    </context>
    <context>
        <name>meter.none</name>
        <message>
            <source>Budget: no plan yet</source>
            <translation>Бюджет: жоспар әлі жоқ</translation>
        </message>
    </context>
    <context>
        <name>meter.over</name>
        <message>
            <source>Over budget by {over}: {spent} of {budget}</source>
            <translation>Бюджеттен {over} асып кетті: {budget} ішінен {spent}</translation>
        </message>
    </context>
    <context>
        <name>meter.spent</name>
        <message>
            <source>Spent {spent} of {budget} ({share})</source>
            <translation>{budget} ішінен {spent} жұмсалды ({share})</translation>
        </message>
    </context>
    <context>
        <name>note.all_equal</name>
        <message>
            <source>All units have the same value: one class.</source>
            <translation>Барлық аумақтың мәні бірдей: бір класс.</translation>
        </message>
    </context>
    <context>
        <name>note.few_distinct</name>
        <message>
            <source>{req} classes requested, but only {distinct} distinct values: one class per value.</source>
            <translation>{req} класс сұралды, бірақ әртүрлі мәндер тек {distinct}: әр мәнге бір класс.</translation>
        </message>
    </context>
    <context>
        <name>note.no_values</name>
        <message>
            <source>No unit has a value.</source>
            <translation>Ешбір аумақта мән жоқ.</translation>
        </message>
    </context>
    <context>
        <name>note.scheme_not_for_change</name>
        <message>
            <source>Change is classed with the same number of units per class on each side of zero.</source>
            <translation>Өзгеріс нөлдің екі жағында әр сыныпта бірдей аумақпен бөлінеді.</translation>
        </message>
    </context>
    <context>
        <name>note.ties_merged</name>
        <message>
            <source>{req} classes requested, {eff} possible: many units share the same value (ties).</source>
            <translation>{req} класс сұралды, мүмкіні {eff}: көп аумақтың мәні бірдей.</translation>
        </message>
    </context>
    <context>
        <name>par.apply</name>
        <message>
            <source>Apply</source>
            <translation>Қолдану</translation>
        </message>
    </context>
    <context>
        <name>par.benchmarks</name>
        <message>
            <source>An institution has access when connected at least at this download speed and, where the register says, equipped and licensed:</source>
            <translation>Мекеме кемінде осы жылдамдықпен қосылса және тізілімде көрсетілген жерде жабдығы мен лицензиялары болса, қолжетімді:</translation>
        </message>
    </context>
    <context>
        <name>par.cap</name>
        <message>
            <source>Cap of the budget</source>
            <translation>Бюджеттен шек</translation>
        </message>
    </context>
    <context>
        <name>par.cap_on</name>
        <message>
            <source>at most</source>
            <translation>көп дегенде</translation>
        </message>
    </context>
    <context>
        <name>par.costs_intro</name>
        <message>
            <source>Prices in tenge for the whole plan period. Overhead is added to every voucher.</source>
            <translation>Бағалар бүкіл жоспар кезеңіне теңгемен. Үстеме шығын әр ваучерге қосылады.</translation>
        </message>
    </context>
    <context>
        <name>par.device_cost</name>
        <message>
            <source>Device voucher</source>
            <translation>Құрылғыға ваучер</translation>
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
            <translation>Бір мекемеге лицензиялары бар жабдық (жабдығы немесе лицензиясы жоқ қосылған мекеме тек соны төлейді; екеуі де жоқ мекеме — екеуін де):</translation>
        </message>
    </context>
    <context>
        <name>par.excluded</name>
        <message>
            <source>Must not get a kit:</source>
            <translation>Жинақ алмайды:</translation>
        </message>
    </context>
    <context>
        <name>par.filter</name>
        <message>
            <source>Parameters (*.toml *.json)</source>
            <translation>Параметрлер (*.toml *.json)</translation>
        </message>
    </context>
    <context>
        <name>par.gap_weights</name>
        <message>
            <source>Weights of the gaps in the combined access-gap index (the exchange rate):</source>
            <translation>Жиынтық қолжетімділік алшақтығы индексіндегі алшақтықтар салмағы (айырбас бағамы):</translation>
        </message>
    </context>
    <context>
        <name>par.groups_intro</name>
        <message>
            <source>Take-up: the share of issued vouchers that people actually use. Priority: how much a person of the group counts (1 = as everyone else, 2 = twice).</source>
            <translation>Пайдалану: берілген ваучерлердің нақты пайдаланылатын үлесі. Басымдық: топтағы адамның салмағы (1 — басқалар сияқты, 2 — екі есе).</translation>
        </message>
    </context>
    <context>
        <name>par.ids_both</name>
        <message>
            <source>Both locked and excluded: {ids}.</source>
            <translation>Әрі бекітілген, әрі шығарылған: {ids}.</translation>
        </message>
    </context>
    <context>
        <name>par.ids_count</name>
        <message>
            <source>{locked} locked in, {excluded} excluded.</source>
            <translation>Бекітілген: {locked}, шығарылған: {excluded}.</translation>
        </message>
    </context>
    <context>
        <name>par.ids_unknown</name>
        <message>
            <source>Not in the register: {ids}.</source>
            <translation>Тізілімде жоқ: {ids}.</translation>
        </message>
    </context>
    <context>
        <name>par.inst_intro</name>
        <message>
            <source>Find institutions by a part of their name, unit or id and tick them: a locked institution always gets a kit, an excluded one never does.</source>
            <translation>Мекемелерді атауының, бірлігінің немесе идентификаторының бір бөлігі бойынша тауып, белгілеңіз: бекітілген мекеме әрқашан жинақ алады, шығарылғаны — ешқашан.</translation>
        </message>
    </context>
    <context>
        <name>par.internet_month</name>
        <message>
            <source>Internet voucher, per month</source>
            <translation>Интернетке ваучер, айына</translation>
        </message>
    </context>
    <context>
        <name>par.internet_months</name>
        <message>
            <source>Internet paid for</source>
            <translation>Интернет төленетін мерзім</translation>
        </message>
    </context>
    <context>
        <name>par.kit_costs</name>
        <message>
            <source>Connection per institution (installation and a year of guaranteed bandwidth at the benchmark speed):</source>
            <translation>Бір мекемені қосу (орнату және нормативтік жылдамдықпен бір жыл кепілдікті арна):</translation>
        </message>
    </context>
    <context>
        <name>par.limits_intro</name>
        <message>
            <source>Shares split the money in the rule-based strategies. Envelopes are the envelopes strategy's fixed shares of the budget: each programme spends its own envelope on its own measure, and what it leaves stays unspent. A cap limits an instrument's share of the budget in every strategy.</source>
            <translation>Үлестер ережеге негізделген стратегияларда қаражатты бөледі. Конверттер — «Конверттер» стратегиясындағы бюджеттің тұрақты үлестері: әр бағдарлама өз конвертін өз көрсеткішіне жұмсайды, ал қалдық басқаға ауыспайды. Шек барлық стратегияларда құралдың бюджеттегі үлесін шектейді.</translation>
        </message>
    </context>
    <context>
        <name>par.load</name>
        <message>
            <source>Load…</source>
            <translation>Жүктеу…</translation>
        </message>
    </context>
    <context>
        <name>par.locked</name>
        <message>
            <source>Must get a kit:</source>
            <translation>Міндетті түрде жинақ алады:</translation>
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
            <translation>ай</translation>
        </message>
    </context>
    <context>
        <name>par.other_takeup</name>
        <message>
            <source>Other groups</source>
            <translation>Басқа топтар</translation>
        </message>
    </context>
    <context>
        <name>par.overhead</name>
        <message>
            <source>Administrative overhead on vouchers</source>
            <translation>Ваучерлерге әкімшілік шығын</translation>
        </message>
    </context>
    <context>
        <name>par.part_of</name>
        <message>
            <source>Of which (part of)</source>
            <translation>Оның ішінде (топтың бөлігі)</translation>
        </message>
    </context>
    <context>
        <name>par.part_of_tip</name>
        <message>
            <source>The group's people are among this group's: they are counted once, and their vouchers come out of the larger group's need.</source>
            <translation>Бұл топтың адамдары таңдалған топқа кіреді: олар бір рет есептеледі, ал ваучерлері үлкен топтың қажеттілігінен беріледі.</translation>
        </message>
    </context>
    <context>
        <name>par.pick_col_excluded</name>
        <message>
            <source>Exclude</source>
            <translation>Шығару</translation>
        </message>
    </context>
    <context>
        <name>par.pick_col_id</name>
        <message>
            <source>Id</source>
            <translation>Коды</translation>
        </message>
    </context>
    <context>
        <name>par.pick_col_locked</name>
        <message>
            <source>Lock</source>
            <translation>Бекіту</translation>
        </message>
    </context>
    <context>
        <name>par.pick_col_name</name>
        <message>
            <source>Institution</source>
            <translation>Мекеме</translation>
        </message>
    </context>
    <context>
        <name>par.pick_col_type</name>
        <message>
            <source>Type</source>
            <translation>Түрі</translation>
        </message>
    </context>
    <context>
        <name>par.pick_col_unit</name>
        <message>
            <source>Unit</source>
            <translation>Бірлік</translation>
        </message>
    </context>
    <context>
        <name>par.pick_excluded</name>
        <message>
            <source>Exclude selected</source>
            <translation>Таңдалғандарды шығару</translation>
        </message>
    </context>
    <context>
        <name>par.pick_excluded_tip</name>
        <message>
            <source>Excluded: never gets a kit</source>
            <translation>Шығарылған: ешқашан жинақ алмайды</translation>
        </message>
    </context>
    <context>
        <name>par.pick_filter</name>
        <message>
            <source>Find: part of a name, a unit or an id</source>
            <translation>Іздеу: атаудың, бірліктің немесе идентификатордың бөлігі</translation>
        </message>
    </context>
    <context>
        <name>par.pick_id_tip</name>
        <message>
            <source>The institution's id in the register</source>
            <translation>Мекеменің тізілімдегі идентификаторы</translation>
        </message>
    </context>
    <context>
        <name>par.pick_locked</name>
        <message>
            <source>Lock selected</source>
            <translation>Таңдалғандарды бекіту</translation>
        </message>
    </context>
    <context>
        <name>par.pick_locked_tip</name>
        <message>
            <source>Locked: always gets a kit, whatever the plan finds</source>
            <translation>Бекітілген: жоспар не тапса да, әрқашан жинақ алады</translation>
        </message>
    </context>
    <context>
        <name>par.pick_name_tip</name>
        <message>
            <source>The institution's name in the register</source>
            <translation>Мекеменің тізілімдегі атауы</translation>
        </message>
    </context>
    <context>
        <name>par.pick_only</name>
        <message>
            <source>Only ticked</source>
            <translation>Тек белгіленгендер</translation>
        </message>
    </context>
    <context>
        <name>par.pick_release</name>
        <message>
            <source>Release selected</source>
            <translation>Таңдалғандардан белгіні алу</translation>
        </message>
    </context>
    <context>
        <name>par.pick_shown</name>
        <message>
            <source>Shown {shown} of {total}.</source>
            <translation>{total} ішінен {shown} көрсетілген.</translation>
        </message>
    </context>
    <context>
        <name>par.pick_type_tip</name>
        <message>
            <source>School, rural health post (FAP) or public service centre</source>
            <translation>Мектеп, фельдшерлік-акушерлік пункт (ФАП) немесе ХҚКО</translation>
        </message>
    </context>
    <context>
        <name>par.pick_unit_tip</name>
        <message>
            <source>The district or oblast it is in</source>
            <translation>Орналасқан ауданы немесе облысы</translation>
        </message>
    </context>
    <context>
        <name>par.priority</name>
        <message>
            <source>Priority</source>
            <translation>Басымдық</translation>
        </message>
    </context>
    <context>
        <name>par.reset</name>
        <message>
            <source>Defaults</source>
            <translation>Әдепкі</translation>
        </message>
    </context>
    <context>
        <name>par.rural</name>
        <message>
            <source>Rural</source>
            <translation>Ауыл</translation>
        </message>
    </context>
    <context>
        <name>par.save</name>
        <message>
            <source>Save…</source>
            <translation>Сақтау…</translation>
        </message>
    </context>
    <context>
        <name>par.share</name>
        <message>
            <source>Share</source>
            <translation>Үлес</translation>
        </message>
    </context>
    <context>
        <name>par.tab_costs</name>
        <message>
            <source>Costs</source>
            <translation>Құны</translation>
        </message>
    </context>
    <context>
        <name>par.tab_groups</name>
        <message>
            <source>Target groups</source>
            <translation>Мақсатты топтар</translation>
        </message>
    </context>
    <context>
        <name>par.tab_institutions</name>
        <message>
            <source>Institutions</source>
            <translation>Мекемелер</translation>
        </message>
    </context>
    <context>
        <name>par.tab_limits</name>
        <message>
            <source>Instruments</source>
            <translation>Құралдар</translation>
        </message>
    </context>
    <context>
        <name>par.tab_units</name>
        <message>
            <source>Limits per unit</source>
            <translation>Бірлік лимиттері</translation>
        </message>
    </context>
    <context>
        <name>par.tab_weights</name>
        <message>
            <source>Weights</source>
            <translation>Салмақтар</translation>
        </message>
    </context>
    <context>
        <name>par.takeup</name>
        <message>
            <source>Take-up</source>
            <translation>Пайдалану</translation>
        </message>
    </context>
    <context>
        <name>par.title</name>
        <message>
            <source>Planning parameters</source>
            <translation>Жоспарлау параметрлері</translation>
        </message>
    </context>
    <context>
        <name>par.unit</name>
        <message>
            <source>Unit</source>
            <translation>Бірлік</translation>
        </message>
    </context>
    <context>
        <name>par.unit_max</name>
        <message>
            <source>At most, ₸</source>
            <translation>Көп дегенде, ₸</translation>
        </message>
    </context>
    <context>
        <name>par.unit_max_share</name>
        <message>
            <source>At most, % of budget</source>
            <translation>Көп дегенде, бюджеттің %</translation>
        </message>
    </context>
    <context>
        <name>par.unit_min</name>
        <message>
            <source>At least, ₸</source>
            <translation>Кемінде, ₸</translation>
        </message>
    </context>
    <context>
        <name>par.units_intro</name>
        <message>
            <source>Leave a cell empty for no limit. Amounts in ₸; the share is of the whole budget.</source>
            <translation>Бос ұяшық — шектеусіз. Сомалар ₸; үлес — бүкіл бюджеттен.</translation>
        </message>
    </context>
    <context>
        <name>par.urban</name>
        <message>
            <source>Urban</source>
            <translation>Қала</translation>
        </message>
    </context>
    <context>
        <name>par.weights_intro</name>
        <message>
            <source>Maximum impact lowers the combined access-gap index the map shows, weighted by each unit's population. The index's weights are therefore the exchange rate between kits and vouchers: raising the institutional weight makes a connected institution worth more against a device or a home connection.</source>
            <translation>Ең үлкен әсер картадағы қолжетімділік алшақтығының жиынтық индексін бірліктердің халық санымен өлшеп азайтады. Сондықтан индекс салмақтары — жинақтар мен ваучерлер арасындағы айырбас бағамы: институционалдық салмақ неғұрлым үлкен болса, қосылған мекеме құрылғы немесе үй интернетімен салыстырғанда соғұрлым құнды.</translation>
        </message>
    </context>
    <context>
        <name>pp</name>
        <message>
            <source>pp</source>
            <translation>п. т.</translation>
        </message>
    </context>
    <context>
        <name>print.default_title</name>
        <message>
            <source>Digital access of schools, FAPs and PSCs</source>
            <translation>Мектептердің, ФАП-тардың және ХҚКО-лардың цифрлық қолжетімділігі</translation>
        </message>
    </context>
    <context>
        <name>print.dpi</name>
        <message>
            <source>Resolution</source>
            <translation>Ажыратымдылық</translation>
        </message>
    </context>
    <context>
        <name>print.failed</name>
        <message>
            <source>Could not write {file}: {reason}</source>
            <translation>{file} жазылмады: {reason}</translation>
        </message>
    </context>
    <context>
        <name>print.filter_pdf</name>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF құжаты (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>print.filter_png</name>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG суреті (*.png)</translation>
        </message>
    </context>
    <context>
        <name>print.format</name>
        <message>
            <source>File type</source>
            <translation>Файл түрі</translation>
        </message>
    </context>
    <context>
        <name>print.illustrative</name>
        <message>
            <source>Illustrative sample data — not official statistics</source>
            <translation>Иллюстрациялық үлгі деректер — ресми статистика емес</translation>
        </message>
    </context>
    <context>
        <name>print.institutions</name>
        <message>
            <source>Show institutions</source>
            <translation>Мекемелерді көрсету</translation>
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
            <translation>Альбомдық</translation>
        </message>
    </context>
    <context>
        <name>print.map_title</name>
        <message>
            <source>Title</source>
            <translation>Тақырып</translation>
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
            <translation>Бағдар</translation>
        </message>
    </context>
    <context>
        <name>print.paper</name>
        <message>
            <source>Paper</source>
            <translation>Қағаз</translation>
        </message>
    </context>
    <context>
        <name>print.plan_line</name>
        <message>
            <source>Plan: {strategy}, budget {budget}</source>
            <translation>Жоспар: {strategy}, бюджет {budget}</translation>
        </message>
    </context>
    <context>
        <name>print.portrait</name>
        <message>
            <source>Portrait</source>
            <translation>Кітаптық</translation>
        </message>
    </context>
    <context>
        <name>print.save</name>
        <message>
            <source>Save as…</source>
            <translation>Басқаша сақтау…</translation>
        </message>
    </context>
    <context>
        <name>print.saved</name>
        <message>
            <source>Map saved: {file}</source>
            <translation>Карта сақталды: {file}</translation>
        </message>
    </context>
    <context>
        <name>print.source</name>
        <message>
            <source>Boundaries: {boundaries}. Data: {data}. Made with KZ Planner {version}, {date}.</source>
            <translation>Шекаралар: {boundaries}. Деректер: {data}. KZ Planner {version} арқылы дайындалған, {date}.</translation>
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
            <translation>Картаны экспорттау</translation>
        </message>
    </context>
    <context>
        <name>proj.autosave_set_aside</name>
        <message>
            <source>{count} damaged automatic copies could not be read and were set aside in {folder}: {names}. The others are not affected.</source>
            <translation>Бүлінген автоматты көшірмелер ({count}) оқылмайды, олар {folder} қалтасына бөлек қойылды: {names}. Қалғандарына әсер еткен жоқ.</translation>
        </message>
    </context>
    <context>
        <name>proj.cancel</name>
        <message>
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
    </context>
    <context>
        <name>proj.discard</name>
        <message>
            <source>Discard</source>
            <translation>Сақтамау</translation>
        </message>
    </context>
    <context>
        <name>proj.filter</name>
        <message>
            <source>KZ Planner project (*.kzp)</source>
            <translation>KZ Planner жобасы (*.kzp)</translation>
        </message>
    </context>
    <context>
        <name>proj.inputs_moved</name>
        <message>
            <source>The project opened with all its data and plans. These files it was made from are not where they were saved (another computer or user folder?):
{files}
You need them only to import the statistics again; put them beside the project file, or choose them again in Data → Sources.</source>
            <translation>Жоба барлық деректерімен және жоспарларымен ашылды. Ол жасалған мына файлдар сақталған жерінде табылмады (басқа компьютер немесе пайдаланушы қалтасы ма?):
{files}
Олар тек статистиканы қайта импорттау үшін керек: оларды жоба файлының қасына қойыңыз немесе Деректер → Дереккөздер мәзірінде қайта таңдаңыз.</translation>
        </message>
    </context>
    <context>
        <name>proj.inputs_moved_title</name>
        <message>
            <source>Input files moved</source>
            <translation>Бастапқы файлдар орнын ауыстырған</translation>
        </message>
    </context>
    <context>
        <name>proj.later</name>
        <message>
            <source>Decide later</source>
            <translation>Кейін шешу</translation>
        </message>
    </context>
    <context>
        <name>proj.locked_title</name>
        <message>
            <source>Project in use</source>
            <translation>Жоба басқа жерде ашық</translation>
        </message>
    </context>
    <context>
        <name>proj.merged</name>
        <message>
            <source>Saved. Another window had saved this project meanwhile; its scenarios are kept beside yours: {names}</source>
            <translation>Сақталды. Осы уақытта басқа терезе бұл жобаны сақтаған; оның сценарийлері сіздікімен қатар сақталды: {names}</translation>
        </message>
    </context>
    <context>
        <name>proj.new</name>
        <message>
            <source>&amp;New project</source>
            <translation>&amp;Жаңа жоба</translation>
        </message>
    </context>
    <context>
        <name>proj.open</name>
        <message>
            <source>&amp;Open project…</source>
            <translation>Жобаны &amp;ашу…</translation>
        </message>
    </context>
    <context>
        <name>proj.open_read_only</name>
        <message>
            <source>Open read-only</source>
            <translation>Тек оқу үшін ашу</translation>
        </message>
    </context>
    <context>
        <name>proj.opened</name>
        <message>
            <source>Project opened: {file}</source>
            <translation>Жоба ашылды: {file}</translation>
        </message>
    </context>
    <context>
        <name>proj.opening</name>
        <message>
            <source>Opening {file}…</source>
            <translation>{file} ашылуда…</translation>
        </message>
    </context>
    <context>
        <name>proj.params</name>
        <message>
            <source>Planning &amp;parameters…</source>
            <translation>Жоспарлау &amp;параметрлері…</translation>
        </message>
    </context>
    <context>
        <name>proj.read_only_mark</name>
        <message>
            <source>read-only</source>
            <translation>тек оқу үшін</translation>
        </message>
    </context>
    <context>
        <name>proj.recent</name>
        <message>
            <source>Open &amp;recent</source>
            <translation>&amp;Соңғы жобалар</translation>
        </message>
    </context>
    <context>
        <name>proj.recent_none</name>
        <message>
            <source>(none yet)</source>
            <translation>(әзірге жоқ)</translation>
        </message>
    </context>
    <context>
        <name>proj.recover</name>
        <message>
            <source>Recover</source>
            <translation>Қалпына келтіру</translation>
        </message>
    </context>
    <context>
        <name>proj.recover_text</name>
        <message>
            <source>KZ Planner was not closed properly. Work on “{name}” was saved automatically at {time}. Recover it?</source>
            <translation>KZ Planner дұрыс жабылмады. «{name}» бойынша жұмыс {time} кезінде автоматты түрде сақталды. Қалпына келтіру керек пе?</translation>
        </message>
    </context>
    <context>
        <name>proj.recover_title</name>
        <message>
            <source>Recover unsaved work?</source>
            <translation>Сақталмаған жұмысты қалпына келтіру керек пе?</translation>
        </message>
    </context>
    <context>
        <name>proj.retry</name>
        <message>
            <source>Try again</source>
            <translation>Қайталау</translation>
        </message>
    </context>
    <context>
        <name>proj.save</name>
        <message>
            <source>&amp;Save project</source>
            <translation>Жобаны &amp;сақтау</translation>
        </message>
    </context>
    <context>
        <name>proj.save_as</name>
        <message>
            <source>Save project &amp;as…</source>
            <translation>Жобаны басқа атпен с&amp;ақтау…</translation>
        </message>
    </context>
    <context>
        <name>proj.save_button</name>
        <message>
            <source>Save</source>
            <translation>Сақтау</translation>
        </message>
    </context>
    <context>
        <name>proj.saved</name>
        <message>
            <source>Project saved: {file}</source>
            <translation>Жоба сақталды: {file}</translation>
        </message>
    </context>
    <context>
        <name>proj.unsaved_text</name>
        <message>
            <source>“{name}” has changes that are not saved. Save them first?</source>
            <translation>«{name}» жобасында сақталмаған өзгерістер бар. Оларды сақтау керек пе?</translation>
        </message>
    </context>
    <context>
        <name>proj.unsaved_title</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Сақталмаған өзгерістер</translation>
        </message>
    </context>
    <context>
        <name>proj.untitled</name>
        <message>
            <source>Untitled project</source>
            <translation>Атаусыз жоба</translation>
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
            <translation>Жиынтық алшақтық, ел</translation>
        </message>
    </context>
    <context>
        <name>res.gini</name>
        <message>
            <source>Inequality between units</source>
            <translation>Аумақтар арасындағы теңсіздік</translation>
        </message>
    </context>
    <context>
        <name>res.gini_tip</name>
        <message>
            <source>How unevenly the combined access gap is spread over the units (Gini index): 0 = every unit has the same gap, 1 = all of the gap in one unit. Lower is fairer.</source>
            <translation>Қолжетімділіктің жиынтық алшақтығы аумақтар арасында қаншалықты біркелкі емес бөлінген (Джини индексі): 0 — барлық аумақта алшақтық бірдей, 1 — бүкіл алшақтық бір аумақта. Неғұрлым аз болса, соғұрлым біркелкі.</translation>
        </message>
    </context>
    <context>
        <name>res.kits</name>
        <message>
            <source>Connectivity kits</source>
            <translation>Қосылу жинақтары</translation>
        </message>
    </context>
    <context>
        <name>res.no_plan</name>
        <message>
            <source>No plan yet. Set the budget and press “Run plan”.</source>
            <translation>Жоспар әлі жоқ. Бюджетті белгілеп, «Жоспарды есептеу» түймесін басыңыз.</translation>
        </message>
    </context>
    <context>
        <name>res.objective</name>
        <message>
            <source>Aim</source>
            <translation>Мақсаты</translation>
        </message>
    </context>
    <context>
        <name>res.of_budget</name>
        <message>
            <source>of {budget}</source>
            <translation>{budget} ішінен</translation>
        </message>
    </context>
    <context>
        <name>res.per.households</name>
        <message>
            <source>per household</source>
            <translation>бір үй шаруашылығына</translation>
        </message>
    </context>
    <context>
        <name>res.per.people</name>
        <message>
            <source>per person</source>
            <translation>бір адамға</translation>
        </message>
    </context>
    <context>
        <name>res.reason</name>
        <message>
            <source>Why unspent</source>
            <translation>Қалдық себебі</translation>
        </message>
    </context>
    <context>
        <name>res.reduction</name>
        <message>
            <source>{value} pp</source>
            <translation>{value} п. т.</translation>
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
            <translation>Алшақтықтар, дейін → кейін</translation>
        </message>
    </context>
    <context>
        <name>res.section.instruments</name>
        <message>
            <source>Instruments</source>
            <translation>Құралдар</translation>
        </message>
    </context>
    <context>
        <name>res.section.measures</name>
        <message>
            <source>Each measure on its own</source>
            <translation>Әр көрсеткіш бөлек</translation>
        </message>
    </context>
    <context>
        <name>res.section.objective</name>
        <message>
            <source>What the plan aims at</source>
            <translation>Жоспардың мақсаты</translation>
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
            <translation>{people} адамға қызмет көрсетеді · бір мекемеге {cost}</translation>
        </message>
    </context>
    <context>
        <name>res.serving.summed</name>
        <message>
            <source>serving {people} people, counted at each type · {cost} per institution</source>
            <translation>{people} адамға қызмет көрсетеді, әр түрде саналған · бір мекемеге {cost}</translation>
        </message>
    </context>
    <context>
        <name>res.solver</name>
        <message>
            <source>Method</source>
            <translation>Әдіс</translation>
        </message>
    </context>
    <context>
        <name>res.solver_credited</name>
        <message>
            <source>; FAPs and PSCs counted by credited coverage (the coverage reached is not less)</source>
            <translation>; ФАП пен ХҚКО — есептелген қамту бойынша (қол жеткен қамту кем емес)</translation>
        </message>
    </context>
    <context>
        <name>res.solver_exact</name>
        <message>
            <source>the best possible plan, {seconds} s</source>
            <translation>мүмкін болатын ең жақсы жоспар, {seconds} с</translation>
        </message>
    </context>
    <context>
        <name>res.solver_gap</name>
        <message>
            <source>best plan found in the time, at most {gap} short of the best, {seconds} s</source>
            <translation>берілген уақыттағы ең жақсы жоспар, ең жақсысынан {gap} аспайтын айырмашылықпен, {seconds} с</translation>
        </message>
    </context>
    <context>
        <name>res.solver_rule</name>
        <message>
            <source>rule-based</source>
            <translation>ереже бойынша</translation>
        </message>
    </context>
    <context>
        <name>res.solver_tip</name>
        <message>
            <source>Maximum impact computes the plan that lowers the gap most for the budget (a mathematical optimisation); the other strategies follow a fixed rule.</source>
            <translation>«Ең үлкен әсер» берілген бюджетпен алшақтықты барынша азайтатын жоспарды есептейді (математикалық оңтайландыру); басқа стратегиялар белгіленген ережеге сүйенеді.</translation>
        </message>
    </context>
    <context>
        <name>res.spent</name>
        <message>
            <source>Spent</source>
            <translation>Жұмсалды</translation>
        </message>
    </context>
    <context>
        <name>res.target</name>
        <message>
            <source>target {year}: {value}</source>
            <translation>{year} жылғы мақсат: {value}</translation>
        </message>
    </context>
    <context>
        <name>res.title</name>
        <message>
            <source>Results</source>
            <translation>Нәтижелер</translation>
        </message>
    </context>
    <context>
        <name>res.unspent</name>
        <message>
            <source>Unspent</source>
            <translation>Қалдық</translation>
        </message>
    </context>
    <context>
        <name>res.vouchers</name>
        <message>
            <source>Vouchers issued</source>
            <translation>Берілген ваучерлер</translation>
        </message>
    </context>
    <context>
        <name>res.vouchers_cost</name>
        <message>
            <source>{n} vouchers · {cost} {per}</source>
            <translation>ваучерлер: {n} · {per} {cost}</translation>
        </message>
    </context>
    <context>
        <name>scheme.box_map</name>
        <message>
            <source>Box map (outliers)</source>
            <translation>Қорап картасы (шығыңқы мәндер)</translation>
        </message>
    </context>
    <context>
        <name>scheme.breaks_prompt</name>
        <message>
            <source>Upper limits of the classes, separated by semicolons (e.g. 20; 30; 40):</source>
            <translation>Сыныптардың жоғарғы шекаралары нүктелі үтір арқылы (мысалы, 20; 30; 40):</translation>
        </message>
    </context>
    <context>
        <name>scheme.breaks_title</name>
        <message>
            <source>Class breaks</source>
            <translation>Класс шекаралары</translation>
        </message>
    </context>
    <context>
        <name>scheme.equal_interval</name>
        <message>
            <source>Equal intervals</source>
            <translation>Тең аралықтар</translation>
        </message>
    </context>
    <context>
        <name>scheme.fisher_jenks</name>
        <message>
            <source>Natural breaks</source>
            <translation>Табиғи шекаралар</translation>
        </message>
    </context>
    <context>
        <name>scheme.policy</name>
        <message>
            <source>Policy thresholds 0/50/80/100 %</source>
            <translation>Саясат шектері 0/50/80/100 %</translation>
        </message>
    </context>
    <context>
        <name>scheme.quantiles</name>
        <message>
            <source>Same number of units per class</source>
            <translation>Әр сыныпта бірдей аумақ</translation>
        </message>
    </context>
    <context>
        <name>scheme.user_defined</name>
        <message>
            <source>My breaks…</source>
            <translation>Өз шекараларым…</translation>
        </message>
    </context>
    <context>
        <name>scn.activate</name>
        <message>
            <source>&amp;Work on it</source>
            <translation>&amp;Ағымдағы ету</translation>
        </message>
    </context>
    <context>
        <name>scn.activate_tip</name>
        <message>
            <source>Show this scenario on the map, in the table and the results</source>
            <translation>Бұл сценарийді картада, кестеде және нәтижелерде көрсету</translation>
        </message>
    </context>
    <context>
        <name>scn.active</name>
        <message>
            <source>Working on: {name}</source>
            <translation>Ағымдағы: {name}</translation>
        </message>
    </context>
    <context>
        <name>scn.choose</name>
        <message>
            <source>Mark as &amp;chosen</source>
            <translation>&amp;Таңдалған деп белгілеу</translation>
        </message>
    </context>
    <context>
        <name>scn.choose_tip</name>
        <message>
            <source>Mark (★) the scenario proposed to the budget commission</source>
            <translation>Бюджет комиссиясына ұсынылатын сценарийді (★) белгілеу</translation>
        </message>
    </context>
    <context>
        <name>scn.chosen_mark</name>
        <message>
            <source>★ chosen for the budget commission</source>
            <translation>★ бюджет комиссиясы үшін таңдалған</translation>
        </message>
    </context>
    <context>
        <name>scn.compare</name>
        <message>
            <source>Co&amp;mpare selected (2–3)</source>
            <translation>Таңдалғандарды &amp;салыстыру (2–3)</translation>
        </message>
    </context>
    <context>
        <name>scn.compare_tip</name>
        <message>
            <source>Select two or three scenarios with Ctrl+click</source>
            <translation>Ctrl басып тұрып екі-үш сценарий таңдаңыз</translation>
        </message>
    </context>
    <context>
        <name>scn.copy_of</name>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (көшірме)</translation>
        </message>
    </context>
    <context>
        <name>scn.created</name>
        <message>
            <source>Created {date}</source>
            <translation>Құрылған: {date}</translation>
        </message>
    </context>
    <context>
        <name>scn.default_name</name>
        <message>
            <source>Scenario {n}</source>
            <translation>{n}-сценарий</translation>
        </message>
    </context>
    <context>
        <name>scn.delete</name>
        <message>
            <source>De&amp;lete</source>
            <translation>Ж&amp;ою</translation>
        </message>
    </context>
    <context>
        <name>scn.delete_tip</name>
        <message>
            <source>Delete the selected scenarios (Ctrl+Z brings them back)</source>
            <translation>Таңдалған сценарийлерді жою (Ctrl+Z қайтарады)</translation>
        </message>
    </context>
    <context>
        <name>scn.duplicate</name>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Көшіру</translation>
        </message>
    </context>
    <context>
        <name>scn.duplicate_tip</name>
        <message>
            <source>A copy of the selected scenario to try changes on</source>
            <translation>Өзгерістерді сынау үшін таңдалған сценарийдің көшірмесі</translation>
        </message>
    </context>
    <context>
        <name>scn.new</name>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Жаңа</translation>
        </message>
    </context>
    <context>
        <name>scn.new_tip</name>
        <message>
            <source>Keep the current parameters and plan as a new scenario</source>
            <translation>Ағымдағы параметрлер мен жоспарды жаңа сценарий ретінде сақтау</translation>
        </message>
    </context>
    <context>
        <name>scn.no_active</name>
        <message>
            <source>The current plan is not a scenario yet: “New” keeps it under a name.</source>
            <translation>Ағымдағы жоспар әлі сценарий емес: «Жаңа» оны атаумен сақтайды.</translation>
        </message>
    </context>
    <context>
        <name>scn.notes</name>
        <message>
            <source>Notes</source>
            <translation>Жазбалар</translation>
        </message>
    </context>
    <context>
        <name>scn.notes_hint</name>
        <message>
            <source>Why this scenario, what was agreed…</source>
            <translation>Бұл сценарий не үшін, не келісілді…</translation>
        </message>
    </context>
    <context>
        <name>scn.rename</name>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Атын өзгерту</translation>
        </message>
    </context>
    <context>
        <name>scn.rename_tip</name>
        <message>
            <source>Rename the selected scenario (F2)</source>
            <translation>Таңдалған сценарийдің атын өзгерту (F2)</translation>
        </message>
    </context>
    <context>
        <name>scn.title</name>
        <message>
            <source>Scenarios</source>
            <translation>Сценарийлер</translation>
        </message>
    </context>
    <context>
        <name>set.act_load</name>
        <message>
            <source>Load &amp;settlements…</source>
            <translation>Елді &amp;мекендерді жүктеу…</translation>
        </message>
    </context>
    <context>
        <name>set.act_sample</name>
        <message>
            <source>Sample settlements (illustrative)</source>
            <translation>Мысалдың елді мекендері (шартты)</translation>
        </message>
    </context>
    <context>
        <name>set.card.covered</name>
        <message>
            <source>covered</source>
            <translation>қамтылған</translation>
        </message>
    </context>
    <context>
        <name>set.card.illustrative</name>
        <message>
            <source>illustrative sample</source>
            <translation>шартты мысал</translation>
        </message>
    </context>
    <context>
        <name>set.card.nearest</name>
        <message>
            <source>nearest: {name}, {km} km, access: {access}</source>
            <translation>ең жақыны: {name}, {km} км, қолжетімділігі: {access}</translation>
        </message>
    </context>
    <context>
        <name>set.card.newly</name>
        <message>
            <source>covered by this plan</source>
            <translation>осы жоспармен қамтылады</translation>
        </message>
    </context>
    <context>
        <name>set.card.place</name>
        <message>
            <source>Type</source>
            <translation>Түрі</translation>
        </message>
    </context>
    <context>
        <name>set.card.population</name>
        <message>
            <source>Population</source>
            <translation>Халқы</translation>
        </message>
    </context>
    <context>
        <name>set.card.uncovered</name>
        <message>
            <source>not covered</source>
            <translation>қамтылмаған</translation>
        </message>
    </context>
    <context>
        <name>set.card.unit</name>
        <message>
            <source>District</source>
            <translation>Аудан</translation>
        </message>
    </context>
    <context>
        <name>set.col.access</name>
        <message>
            <source>Its access</source>
            <translation>Қолжетімділігі</translation>
        </message>
    </context>
    <context>
        <name>set.col.by_plan</name>
        <message>
            <source>By this plan</source>
            <translation>Осы жоспармен</translation>
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
            <translation>Елді мекен</translation>
        </message>
    </context>
    <context>
        <name>set.col.nearest</name>
        <message>
            <source>Nearest</source>
            <translation>Ең жақын</translation>
        </message>
    </context>
    <context>
        <name>set.col.population</name>
        <message>
            <source>Population</source>
            <translation>Халқы</translation>
        </message>
    </context>
    <context>
        <name>set.col.unit</name>
        <message>
            <source>District</source>
            <translation>Аудан</translation>
        </message>
    </context>
    <context>
        <name>set.dlg_filter</name>
        <message>
            <source>Settlements (*.gpkg *.geojson *.json *.shp *.xlsx *.xls *.csv);;All files (*)</source>
            <translation>Елді мекендер (*.gpkg *.geojson *.json *.shp *.xlsx *.xls *.csv);;Барлық файлдар (*)</translation>
        </message>
    </context>
    <context>
        <name>set.dlg_title</name>
        <message>
            <source>Load settlements</source>
            <translation>Елді мекендерді жүктеу</translation>
        </message>
    </context>
    <context>
        <name>set.dock</name>
        <message>
            <source>Villages without access</source>
            <translation>Қолжетімсіз ауылдар</translation>
        </message>
    </context>
    <context>
        <name>set.empty</name>
        <message>
            <source>No settlements loaded: File → Load settlements…</source>
            <translation>Елді мекендер жүктелмеген: Файл → Елді мекендерді жүктеу…</translation>
        </message>
    </context>
    <context>
        <name>set.estimated</name>
        <message>
            <source>estimated</source>
            <translation>бағалау</translation>
        </message>
    </context>
    <context>
        <name>set.estimated_tip</name>
        <message>
            <source>≈ the population is an estimate: the district's population not in settlements with a known population, shared by place type</source>
            <translation>≈ халқы бағаланған: белгілі халықтан тыс аудан халқы елді мекен түріне қарай бөлінген</translation>
        </message>
    </context>
    <context>
        <name>set.hide_planned</name>
        <message>
            <source>Hide villages this plan covers</source>
            <translation>Жоспар қамтитын ауылдарды жасыру</translation>
        </message>
    </context>
    <context>
        <name>set.hide_planned_tip</name>
        <message>
            <source>The plan's kits bring a connected institution within reach of these villages: hide them to see what remains without access after the plan.</source>
            <translation>Жоспардың жинақтары бұл ауылдарға қосылған мекемені жақындатады: жоспардан кейін қолжетімсіз қалатынын көру үшін оларды жасырыңыз.</translation>
        </message>
    </context>
    <context>
        <name>set.ind.covered</name>
        <message>
            <source>Population with a connected {kind} within reach</source>
            <translation>Радиуста қосылған «{kind}» бар халық</translation>
        </message>
    </context>
    <context>
        <name>set.ind.uncovered</name>
        <message>
            <source>Population without a connected {kind} within reach</source>
            <translation>Радиуста қосылған «{kind}» жоқ халық</translation>
        </message>
    </context>
    <context>
        <name>set.kind</name>
        <message>
            <source>Institution</source>
            <translation>Мекеме</translation>
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
            <translation>ХҚКО</translation>
        </message>
    </context>
    <context>
        <name>set.kind.school</name>
        <message>
            <source>school</source>
            <translation>мектеп</translation>
        </message>
    </context>
    <context>
        <name>set.kit_villages</name>
        <message>
            <source>Villages this kit covers</source>
            <translation>Жинақ қамтитын ауылдар</translation>
        </message>
    </context>
    <context>
        <name>set.kit_villages_none</name>
        <message>
            <source>Pick a kit in the table to see the villages it covers.</source>
            <translation>Жинақтың ауылдарын көру үшін кестеден таңдаңыз.</translation>
        </message>
    </context>
    <context>
        <name>set.kits_note</name>
        <message>
            <source>The plan's FAP and PSC kits (and schools) with the settlements each newly covers; a settlement several kits reach counts to one of them (✓).</source>
            <translation>Жоспар жинақтары және әрқайсысы алғаш қамтитын елді мекендер; бірнеше жинақ жететін елді мекен біреуіне есептеледі (✓).</translation>
        </message>
    </context>
    <context>
        <name>set.legend.before</name>
        <message>
            <source>covered before the plan</source>
            <translation>жоспарға дейін бар</translation>
        </message>
    </context>
    <context>
        <name>set.legend.covered</name>
        <message>
            <source>covered</source>
            <translation>бар</translation>
        </message>
    </context>
    <context>
        <name>set.legend.estimated</name>
        <message>
            <source>ring: population estimated</source>
            <translation>сақина: халқы бағаланған</translation>
        </message>
    </context>
    <context>
        <name>set.legend.newly</name>
        <message>
            <source>newly covered by this plan</source>
            <translation>осы жоспармен жаңадан қамтылады</translation>
        </message>
    </context>
    <context>
        <name>set.legend.note</name>
        <message>
            <source>Size: population; dots: no room at this zoom.</source>
            <translation>Өлшемі — халық саны; нүктелер — бұл масштабта орын жоқ.</translation>
        </message>
    </context>
    <context>
        <name>set.legend.still</name>
        <message>
            <source>still not covered</source>
            <translation>әлі де жоқ</translation>
        </message>
    </context>
    <context>
        <name>set.legend.title</name>
        <message>
            <source>Settlements: connected {kind} within {km} km</source>
            <translation>Елді мекендер: {km} км ішінде қосылған «{kind}»</translation>
        </message>
    </context>
    <context>
        <name>set.legend.uncovered</name>
        <message>
            <source>not covered</source>
            <translation>жоқ</translation>
        </message>
    </context>
    <context>
        <name>set.loaded</name>
        <message>
            <source>{placed} settlements placed ({estimated} with an estimated population, {outside} outside the units)</source>
            <translation>Орналастырылған елді мекендер: {placed} (халқы бағаланған: {estimated}, бірліктерден тыс: {outside})</translation>
        </message>
    </context>
    <context>
        <name>set.next.col.cost</name>
        <message>
            <source>Kit cost, ₸</source>
            <translation>Құны, ₸</translation>
        </message>
    </context>
    <context>
        <name>set.next.col.name</name>
        <message>
            <source>Institution</source>
            <translation>Мекеме</translation>
        </message>
    </context>
    <context>
        <name>set.next.col.newly</name>
        <message>
            <source>People newly covered</source>
            <translation>Жаңа қамту, адам</translation>
        </message>
    </context>
    <context>
        <name>set.next.col.per_million</name>
        <message>
            <source>People per million ₸</source>
            <translation>1 млн ₸-ге адам</translation>
        </message>
    </context>
    <context>
        <name>set.next.col.type</name>
        <message>
            <source>Type</source>
            <translation>Түрі</translation>
        </message>
    </context>
    <context>
        <name>set.next.note</name>
        <message>
            <source>Institutions without access, by the people a kit would newly cover per ₸.</source>
            <translation>Қолжетімсіз мекемелер: жинақ алғаш қамтитын адам саны 1 ₸-ге шаққанда.</translation>
        </message>
    </context>
    <context>
        <name>set.no</name>
        <message>
            <source>no</source>
            <translation>жоқ</translation>
        </message>
    </context>
    <context>
        <name>set.none</name>
        <message>
            <source>none</source>
            <translation>жоқ</translation>
        </message>
    </context>
    <context>
        <name>set.place.city</name>
        <message>
            <source>City</source>
            <translation>Қала</translation>
        </message>
    </context>
    <context>
        <name>set.place.hamlet</name>
        <message>
            <source>Hamlet</source>
            <translation>Шағын ауыл</translation>
        </message>
    </context>
    <context>
        <name>set.place.isolated_dwelling</name>
        <message>
            <source>Isolated dwelling</source>
            <translation>Жеке қоныс, қыстау</translation>
        </message>
    </context>
    <context>
        <name>set.place.town</name>
        <message>
            <source>Town</source>
            <translation>Шағын қала, кент</translation>
        </message>
    </context>
    <context>
        <name>set.place.village</name>
        <message>
            <source>Village</source>
            <translation>Ауыл</translation>
        </message>
    </context>
    <context>
        <name>set.project_moved</name>
        <message>
            <source>The settlement layer is read from its file, not kept in the project: until the file is back beside the project or loaded again (File → Load settlements…), the map shows no settlements. Its reach and place weights are kept.</source>
            <translation>Елді мекендер қабаты өз файлынан оқылады, жобада сақталмайды: файл жобаның қасына қайта қойылғанша немесе қайта жүктелгенше (Файл → Елді мекендерді жүктеу…) картада елді мекендер жоқ. Қашықтықтар мен түр салмақтары сақталды.</translation>
        </message>
    </context>
    <context>
        <name>set.project_unusable</name>
        <message>
            <source>The project opened with all its data and plans, but its settlement file could not be used:
{error}
The map shows no settlements until you load a settlement file again (File → Load settlements…); the reach and place weights are kept.</source>
            <translation>Жоба барлық деректерімен және жоспарларымен ашылды, бірақ оның елді мекендер файлын қолдану мүмкін болмады:
{error}
Файлды қайта жүктегенше (Файл → Елді мекендерді жүктеу…) картада елді мекендер жоқ; қашықтықтар мен түр салмақтары сақталды.</translation>
        </message>
    </context>
    <context>
        <name>set.project_unusable_title</name>
        <message>
            <source>Settlement file not used</source>
            <translation>Елді мекендер файлы қолданылмады</translation>
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
            <translation>Осы түрдегі қолжетімді мекеме түзу сызық бойынша осы қашықтықтан алыс болмаса, елді мекен қамтылған</translation>
        </message>
    </context>
    <context>
        <name>set.show</name>
        <message>
            <source>Settlements</source>
            <translation>Елді мекендер</translation>
        </message>
    </context>
    <context>
        <name>set.show_tip</name>
        <message>
            <source>Settlements coloured by whether a connected institution of the chosen type lies within reach, sized by population</source>
            <translation>Елді мекендер: түсі — таңдалған түрдегі қосылған мекеме қашықтық шегінде бар ма, өлшемі — халық саны</translation>
        </message>
    </context>
    <context>
        <name>set.status_loading</name>
        <message>
            <source>Placing settlements…</source>
            <translation>Елді мекендер орналастырылуда…</translation>
        </message>
    </context>
    <context>
        <name>set.summary</name>
        <message>
            <source>{n} settlements, {people} people without a connected {kind} within {km} km</source>
            <translation>{n} елді мекен, {people} адам: {km} км ішінде қосылған «{kind}» жоқ</translation>
        </message>
    </context>
    <context>
        <name>set.summary_after</name>
        <message>
            <source>After the plan: {n} settlements, {people} people remain without a connected {kind} within {km} km</source>
            <translation>Жоспардан кейін: {n} елді мекен, {people} адам: {km} км ішінде қосылған «{kind}» әлі жоқ</translation>
        </message>
    </context>
    <context>
        <name>set.tab_kits</name>
        <message>
            <source>Villages per kit</source>
            <translation>Жинақтар бойынша ауылдар</translation>
        </message>
    </context>
    <context>
        <name>set.tab_next</name>
        <message>
            <source>Next kit</source>
            <translation>Келесі жинақ</translation>
        </message>
    </context>
    <context>
        <name>set.tab_villages</name>
        <message>
            <source>Without access</source>
            <translation>Қолжетімсіз</translation>
        </message>
    </context>
    <context>
        <name>set.weights</name>
        <message>
            <source>Place weights…</source>
            <translation>Түр салмақтары…</translation>
        </message>
    </context>
    <context>
        <name>set.weights_note</name>
        <message>
            <source>A district's population not accounted for by settlements with a known population is shared across the others in proportion to these weights.</source>
            <translation>Халық саны белгілі елді мекендерде есептелмеген аудан халқы қалғандарына осы салмақтарға сай бөлінеді.</translation>
        </message>
    </context>
    <context>
        <name>set.weights_title</name>
        <message>
            <source>Weights of place types</source>
            <translation>Елді мекен түрлерінің салмақтары</translation>
        </message>
    </context>
    <context>
        <name>set.yes</name>
        <message>
            <source>yes</source>
            <translation>бар</translation>
        </message>
    </context>
    <context>
        <name>stage.boundaries</name>
        <message>
            <source>reading boundaries</source>
            <translation>шекаралар оқылуда</translation>
        </message>
    </context>
    <context>
        <name>stage.curve</name>
        <message>
            <source>impact vs budget</source>
            <translation>әсер қисығы</translation>
        </message>
    </context>
    <context>
        <name>stage.done</name>
        <message>
            <source>done</source>
            <translation>дайын</translation>
        </message>
    </context>
    <context>
        <name>stage.institutions</name>
        <message>
            <source>reading institutions</source>
            <translation>мекемелер оқылуда</translation>
        </message>
    </context>
    <context>
        <name>stage.items</name>
        <message>
            <source>listing what can be bought</source>
            <translation>сатып алу нұсқалары дайындалуда</translation>
        </message>
    </context>
    <context>
        <name>stage.map</name>
        <message>
            <source>preparing the map</source>
            <translation>карта дайындалуда</translation>
        </message>
    </context>
    <context>
        <name>stage.project</name>
        <message>
            <source>projecting gaps</source>
            <translation>алшақтықтар болжамы</translation>
        </message>
    </context>
    <context>
        <name>stage.solve</name>
        <message>
            <source>finding the best plan</source>
            <translation>ең жақсы жоспарды іздеу</translation>
        </message>
    </context>
    <context>
        <name>stage.statistics</name>
        <message>
            <source>reading statistics</source>
            <translation>статистика оқылуда</translation>
        </message>
    </context>
    <context>
        <name>stage.written</name>
        <message>
            <source>workbook written</source>
            <translation>файл жазылды</translation>
        </message>
    </context>
    <context>
        <name>status.data</name>
        <message>
            <source>Illustrative sample · {boundaries}</source>
            <translation>Иллюстрациялық деректер · {boundaries}</translation>
        </message>
    </context>
    <context>
        <name>status.exported</name>
        <message>
            <source>Plan saved: {file}</source>
            <translation>Жоспар сақталды: {file}</translation>
        </message>
    </context>
    <context>
        <name>status.exporting</name>
        <message>
            <source>Writing {file}…</source>
            <translation>{file} жазылуда…</translation>
        </message>
    </context>
    <context>
        <name>status.loaded</name>
        <message>
            <source>Loaded {units} units, {institutions} institutions</source>
            <translation>Жүктелді: {units} аумақ, {institutions} мекеме</translation>
        </message>
    </context>
    <context>
        <name>status.loading</name>
        <message>
            <source>Loading data…</source>
            <translation>Деректер жүктелуде…</translation>
        </message>
    </context>
    <context>
        <name>status.plan_ready</name>
        <message>
            <source>Plan ready</source>
            <translation>Жоспар дайын</translation>
        </message>
    </context>
    <context>
        <name>status.planning</name>
        <message>
            <source>Planning…</source>
            <translation>Жоспар есептелуде…</translation>
        </message>
    </context>
    <context>
        <name>status.ready</name>
        <message>
            <source>Ready</source>
            <translation>Дайын</translation>
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
            <translation>Жиынтық алшақтық кейін</translation>
        </message>
    </context>
    <context>
        <name>sweep.institutions</name>
        <message>
            <source>Institutions connected</source>
            <translation>Қосылған мекемелер</translation>
        </message>
    </context>
    <context>
        <name>sweep.objective</name>
        <message>
            <source>Gap reduction, person-points</source>
            <translation>Алшақтықтың азаюы, адам-пункт</translation>
        </message>
    </context>
    <context>
        <name>sweep.people_device</name>
        <message>
            <source>New with a device, people</source>
            <translation>Құрылғыны алғаш алатындар, адам</translation>
        </message>
    </context>
    <context>
        <name>sweep.people_institutional</name>
        <message>
            <source>Served by connected institutions, people</source>
            <translation>Қосылған мекемелер қызмет көрсететіндер, адам</translation>
        </message>
    </context>
    <context>
        <name>sweep.people_internet</name>
        <message>
            <source>New with home internet</source>
            <translation>Үй интернетін алғаш алатындар</translation>
        </message>
    </context>
    <context>
        <name>sweep.spent</name>
        <message>
            <source>Spent</source>
            <translation>Жұмсалды</translation>
        </message>
    </context>
    <context>
        <name>table.title</name>
        <message>
            <source>Units</source>
            <translation>Аумақтар</translation>
        </message>
    </context>
    <context>
        <name>tooltip.population</name>
        <message>
            <source>Population</source>
            <translation>Халық саны</translation>
        </message>
    </context>
    <context>
        <name>tooltip.rank</name>
        <message>
            <source>Rank {rank} of {n} (1 = worst)</source>
            <translation>{n} ішінен {rank}-орын (1 — ең нашар)</translation>
        </message>
    </context>
    <context>
        <name>tooltip.rank_change</name>
        <message>
            <source>Rank {rank} of {n} (1 = largest improvement)</source>
            <translation>{n} ішінен {rank}-орын (1 — ең үлкен жақсару)</translation>
        </message>
    </context>
    <context>
        <name>type.fap</name>
        <message>
            <source>FAPs</source>
            <translation>ФАП-тар</translation>
        </message>
    </context>
    <context>
        <name>type.psc</name>
        <message>
            <source>PSCs</source>
            <translation>ХҚКО-лар</translation>
        </message>
    </context>
    <context>
        <name>type.school</name>
        <message>
            <source>schools</source>
            <translation>мектептер</translation>
        </message>
    </context>
    <context>
        <name>undo.budget</name>
        <message>
            <source>budget change</source>
            <translation>бюджетті өзгерту</translation>
        </message>
    </context>
    <context>
        <name>undo.edit_allocation</name>
        <message>
            <source>allocation edit</source>
            <translation>бөлуді түзету</translation>
        </message>
    </context>
    <context>
        <name>undo.equity</name>
        <message>
            <source>fairness change</source>
            <translation>әділдікті өзгерту</translation>
        </message>
    </context>
    <context>
        <name>undo.params</name>
        <message>
            <source>parameters</source>
            <translation>параметрлер</translation>
        </message>
    </context>
    <context>
        <name>undo.redo</name>
        <message>
            <source>&amp;Redo</source>
            <translation>Қ&amp;айталау</translation>
        </message>
    </context>
    <context>
        <name>undo.replan</name>
        <message>
            <source>new plan</source>
            <translation>жоспарды қайта есептеу</translation>
        </message>
    </context>
    <context>
        <name>undo.scenario_add</name>
        <message>
            <source>new scenario</source>
            <translation>жаңа сценарий</translation>
        </message>
    </context>
    <context>
        <name>undo.scenario_choose</name>
        <message>
            <source>chosen scenario</source>
            <translation>сценарийді таңдау</translation>
        </message>
    </context>
    <context>
        <name>undo.scenario_delete</name>
        <message>
            <source>delete scenario</source>
            <translation>сценарийді жою</translation>
        </message>
    </context>
    <context>
        <name>undo.scenario_duplicate</name>
        <message>
            <source>copy of scenario</source>
            <translation>сценарий көшірмесі</translation>
        </message>
    </context>
    <context>
        <name>undo.scenario_notes</name>
        <message>
            <source>scenario notes</source>
            <translation>сценарий жазбалары</translation>
        </message>
    </context>
    <context>
        <name>undo.scenario_rename</name>
        <message>
            <source>rename scenario</source>
            <translation>сценарий атын өзгерту</translation>
        </message>
    </context>
    <context>
        <name>undo.scenario_switch</name>
        <message>
            <source>switch scenario</source>
            <translation>сценарийді ауыстыру</translation>
        </message>
    </context>
    <context>
        <name>undo.strategy</name>
        <message>
            <source>strategy change</source>
            <translation>стратегияны ауыстыру</translation>
        </message>
    </context>
    <context>
        <name>undo.undo</name>
        <message>
            <source>&amp;Undo</source>
            <translation>Болд&amp;ырмау</translation>
        </message>
    </context>
    <context>
        <name>voucher.device</name>
        <message>
            <source>devices</source>
            <translation>құрылғы</translation>
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
            <translation type="vanished">мекемелер (мектептер, ФАП-тар, ХҚКО-лар саны немесе тізілім)</translation>
        </message>
    </context>
    <context>
        <name>banner.missing.population</name>
        <message>
            <source>population</source>
            <translation type="vanished">халық саны</translation>
        </message>
    </context>
    <context>
        <name>banner.missing.target_groups</name>
        <message>
            <source>target groups (eligible, without a device, without internet)</source>
            <translation type="vanished">мақсатты топтар (құқығы барлар, құрылғысы жоқтар, интернеті жоқтар)</translation>
        </message>
    </context>
    <context>
        <name>charts.people_axis</name>
        <message>
            <source>thousand people</source>
            <translation type="vanished">мың адам</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_cost_per_person</name>
        <message>
            <source>Cost per person</source>
            <translation type="vanished">Бір адамға шығын</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_kits</name>
        <message>
            <source>Connectivity kits</source>
            <translation type="vanished">Қосылу жинақтары</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_people_device</name>
        <message>
            <source>… a device</source>
            <translation type="vanished">… құрылғыға</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_people_institutional</name>
        <message>
            <source>… through institutions</source>
            <translation type="vanished">… мекемелер арқылы</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_people_internet</name>
        <message>
            <source>… the internet</source>
            <translation type="vanished">… интернетке</translation>
        </message>
    </context>
    <context>
        <name>cmp.h_people_total</name>
        <message>
            <source>People newly with access</source>
            <translation type="vanished">Қолжетімділік алатындар, адам</translation>
        </message>
    </context>
    <context>
        <name>col.people</name>
        <message>
            <source>People newly
with access</source>
            <translation type="vanished">Жаңадан
қол жеткізе-
тіндер</translation>
        </message>
    </context>
    <context>
        <name>data.issue.connected_exceeds_total</name>
        <message>
            <source>Connected more than total</source>
            <translation type="vanished">Қосылғандар барлығынан көп</translation>
        </message>
    </context>
    <context>
        <name>data.issue.duplicate_row</name>
        <message>
            <source>Duplicate row</source>
            <translation type="vanished">Қайталанған жол</translation>
        </message>
    </context>
    <context>
        <name>data.issue.duplicate_unit_code</name>
        <message>
            <source>Unit code twice in the boundaries</source>
            <translation type="vanished">Бірлік коды шекараларда қайталанады</translation>
        </message>
    </context>
    <context>
        <name>data.issue.empty_geometry</name>
        <message>
            <source>Unit without geometry</source>
            <translation type="vanished">Геометриясы жоқ бірлік</translation>
        </message>
    </context>
    <context>
        <name>data.issue.fuzzy_match</name>
        <message>
            <source>Fuzzy match to confirm</source>
            <translation type="vanished">Анық емес сәйкестік — растаңыз</translation>
        </message>
    </context>
    <context>
        <name>data.issue.geometry_repaired</name>
        <message>
            <source>Polygon repaired</source>
            <translation type="vanished">Полигон түзетілді</translation>
        </message>
    </context>
    <context>
        <name>data.issue.inputs_missing</name>
        <message>
            <source>Not in the statistics</source>
            <translation type="vanished">Статистикада жоқ</translation>
        </message>
    </context>
    <context>
        <name>data.issue.institution_without_unit</name>
        <message>
            <source>Institution outside every unit</source>
            <translation type="vanished">Мекеме ешбір бірлікке кірмеді</translation>
        </message>
    </context>
    <context>
        <name>data.issue.layout_detected</name>
        <message>
            <source>Layout detected automatically</source>
            <translation type="vanished">Құрылым автоматты түрде анықталды</translation>
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
            <translation type="vanished">Берілген құрылғы ваучерлері</translation>
        </message>
    </context>
    <context>
        <name>data.measure.device_voucher_redeemed</name>
        <message>
            <source>Device vouchers redeemed</source>
            <translation type="vanished">Пайдаланылған құрылғы ваучерлері</translation>
        </message>
    </context>
    <context>
        <name>data.measure.device_voucher_spent_kzt</name>
        <message>
            <source>Device vouchers, ₸</source>
            <translation type="vanished">Құрылғы ваучерлері, ₸</translation>
        </message>
    </context>
    <context>
        <name>data.measure.fap_kits_installed</name>
        <message>
            <source>FAP kits installed</source>
            <translation type="vanished">ФАП-тардағы жинақтар</translation>
        </message>
    </context>
    <context>
        <name>data.measure.internet_voucher_issued</name>
        <message>
            <source>Internet vouchers issued</source>
            <translation type="vanished">Берілген интернет ваучерлері</translation>
        </message>
    </context>
    <context>
        <name>data.measure.internet_voucher_redeemed</name>
        <message>
            <source>Internet vouchers redeemed</source>
            <translation type="vanished">Пайдаланылған интернет ваучерлері</translation>
        </message>
    </context>
    <context>
        <name>data.measure.internet_voucher_spent_kzt</name>
        <message>
            <source>Internet vouchers, ₸</source>
            <translation type="vanished">Интернет ваучерлері, ₸</translation>
        </message>
    </context>
    <context>
        <name>data.measure.kit_spent_kzt</name>
        <message>
            <source>Kits, ₸</source>
            <translation type="vanished">Жинақтар, ₸</translation>
        </message>
    </context>
    <context>
        <name>data.measure.kits_installed</name>
        <message>
            <source>Kits installed</source>
            <translation type="vanished">Орнатылған жинақтар</translation>
        </message>
    </context>
    <context>
        <name>data.measure.people_newly_with_access</name>
        <message>
            <source>People newly with access</source>
            <translation type="vanished">Алғаш қолжетімділік алғандар</translation>
        </message>
    </context>
    <context>
        <name>data.measure.psc_kits_installed</name>
        <message>
            <source>PSC kits installed</source>
            <translation type="vanished">ХҚКО-лардағы жинақтар</translation>
        </message>
    </context>
    <context>
        <name>data.measure.school_kits_installed</name>
        <message>
            <source>School kits installed</source>
            <translation type="vanished">Мектептердегі жинақтар</translation>
        </message>
    </context>
    <context>
        <name>data.measure.spent_kzt</name>
        <message>
            <source>Spent, ₸</source>
            <translation type="vanished">Жұмсалды, ₸</translation>
        </message>
    </context>
    <context>
        <name>data.rec.m.ambiguous</name>
        <message>
            <source>ambiguous</source>
            <translation type="vanished">екіұшты</translation>
        </message>
    </context>
    <context>
        <name>data.rec.m.code</name>
        <message>
            <source>by KATO code</source>
            <translation type="vanished">ҚАТО коды бойынша</translation>
        </message>
    </context>
    <context>
        <name>data.rec.m.crosswalk</name>
        <message>
            <source>reform crosswalk</source>
            <translation type="vanished">реформа бойынша</translation>
        </message>
    </context>
    <context>
        <name>data.rec.m.decision</name>
        <message>
            <source>your decision</source>
            <translation type="vanished">сіздің шешіміңіз</translation>
        </message>
    </context>
    <context>
        <name>data.rec.m.duplicate</name>
        <message>
            <source>duplicate</source>
            <translation type="vanished">қайталанған</translation>
        </message>
    </context>
    <context>
        <name>data.rec.m.exact</name>
        <message>
            <source>exactly</source>
            <translation type="vanished">дәл</translation>
        </message>
    </context>
    <context>
        <name>data.rec.m.excluded</name>
        <message>
            <source>left out by you</source>
            <translation type="vanished">сіз алып тастадыңыз</translation>
        </message>
    </context>
    <context>
        <name>data.rec.m.fuzzy</name>
        <message>
            <source>fuzzy — confirm</source>
            <translation type="vanished">анық емес — растаңыз</translation>
        </message>
    </context>
    <context>
        <name>data.rec.m.rule</name>
        <message>
            <source>by rule</source>
            <translation type="vanished">ереже бойынша</translation>
        </message>
    </context>
    <context>
        <name>data.rec.m.total</name>
        <message>
            <source>country total</source>
            <translation type="vanished">ел бойынша жиыны</translation>
        </message>
    </context>
    <context>
        <name>data.rec.m.unmatched</name>
        <message>
            <source>not matched</source>
            <translation type="vanished">табылмады</translation>
        </message>
    </context>
    <context>
        <name>data.rec.row</name>
        <message>
            <source>row {row}</source>
            <translation type="vanished">{row}-жол</translation>
        </message>
    </context>
    <context>
        <name>data.tmpl.default_name</name>
        <message>
            <source>data_template.xlsx</source>
            <translation type="vanished">деректер_үлгісі.xlsx</translation>
        </message>
    </context>
    <context>
        <name>par.value_of</name>
        <message>
            <source>Value: {what}</source>
            <translation type="vanished">Құндылығы: {what}</translation>
        </message>
    </context>
    <context>
        <name>reason.constraint</name>
        <message>
            <source>a constraint binds</source>
            <translation type="vanished">шектеу әсер етті</translation>
        </message>
    </context>
    <context>
        <name>reason.indivisibility</name>
        <message>
            <source>less than the cheapest item</source>
            <translation type="vanished">ең арзан позициядан аз</translation>
        </message>
    </context>
    <context>
        <name>reason.need_exhausted</name>
        <message>
            <source>all need is met</source>
            <translation type="vanished">қажеттілік толық өтелді</translation>
        </message>
    </context>
    <context>
        <name>reason.no_value</name>
        <message>
            <source>the rest reaches no one: check the data</source>
            <translation type="vanished">қалғаны ешкімді қамтымайды: деректерді тексеріңіз</translation>
        </message>
    </context>
    <context>
        <name>reason.none</name>
        <message>
            <source>budget fully used</source>
            <translation type="vanished">бюджет толық пайдаланылды</translation>
        </message>
    </context>
    <context>
        <name>reason.strategy_rule</name>
        <message>
            <source>left by the strategy’s rule</source>
            <translation type="vanished">стратегия ережесі бойынша қалды</translation>
        </message>
    </context>
    <context>
        <name>res.cost_per_person</name>
        <message>
            <source>Cost per person</source>
            <translation type="vanished">Бір адамға шығын</translation>
        </message>
    </context>
    <context>
        <name>res.people</name>
        <message>
            <source>People newly with access</source>
            <translation type="vanished">Жаңадан қол жеткізетіндер</translation>
        </message>
    </context>
    <context>
        <name>res.people_unit</name>
        <message>
            <source>people</source>
            <translation type="vanished">адам</translation>
        </message>
    </context>
    <context>
        <name>res.section.impact</name>
        <message>
            <source>People newly with access</source>
            <translation type="vanished">Жаңадан қол жеткізетіндер</translation>
        </message>
    </context>
    <context>
        <name>res.total</name>
        <message>
            <source>Total</source>
            <translation type="vanished">Барлығы</translation>
        </message>
    </context>
</TS>
