import type { Catalogue } from './types.js';

/**
 * Tiếng Việt. Thuật ngữ theo Quyết định 411/QĐ-TTg: kinh tế số, kinh tế số ICT (lõi), kinh tế số
 * nền tảng, kinh tế số ngành; GRDP; số liệu Bộ TT&TT (mic) và Tổng cục Thống kê (gso).
 */
export const vi: Catalogue = {
  'check.implied-population-mismatch':
    '{case, select, zero {mật độ doanh nghiệp trên 1.000 dân (firmsPerThousand) bằng 0 nhưng có {firms:int} doanh nghiệp trên {population:int} dân ({countDensity:num} trên 1.000 dân); ước tính dùng giá trị đã nêu là 0} other {{firms:int} doanh nghiệp ÷ {density:num} doanh nghiệp trên 1.000 dân = dân số ngầm định {implied:int} người, nhưng dân số (population) là {population:int} ({difference:rel}); ước tính dùng mật độ đã nêu {density:num} trên 1.000 dân (theo số đếm là {countDensity:num})}}',
  'check.implied-labour-force-mismatch':
    '{case, select, zero {tỷ lệ lao động CNTT (itWorkforceShare) bằng 0 nhưng có {workers:int} lao động CNTT trong lực lượng lao động {labourForce:int} người ({countShare:pct2}); ước tính dùng giá trị đã nêu là 0} other {{workers:int} lao động CNTT ÷ {share:pct2} = lực lượng lao động ngầm định {implied:int} người, nhưng lực lượng lao động (labourForce) là {labourForce:int} ({difference:rel}); ước tính dùng tỷ lệ đã nêu {share:pct2} (theo số đếm là {countShare:pct2})}}',
  'check.value-added-exceeds-revenue':
    'giá trị tăng thêm ICT (ictValueAdded) {valueAdded:int} lớn hơn doanh thu ICT (ictRevenue) {revenue:int}: giá trị tăng thêm chỉ là một phần của doanh thu; hãy kiểm tra hai trường này và đơn vị của chúng',
  'check.segment-revenue-mismatch':
    'tổng doanh thu các phân ngành là {segments:int}, nhưng doanh thu ICT (ictRevenue) là {revenue:int} ({difference:rel}); kinh tế số ICT được tính theo các phân ngành',
  'check.sectoral-capped':
    'tỷ trọng kinh tế số ngành ({raw:pct}) làm tổng vượt 100%: được giới hạn ở {capped:pct}; cường độ số của địa phương bằng {intensity:num} lần cả nước, vượt ngoài phạm vi mà phương pháp được xây dựng',
  'check.unit-suspect':
    '{case, select, revenue {{field, select, ictRevenue {doanh thu ICT (ictRevenue)} ictValueAdded {giá trị tăng thêm ICT (ictValueAdded)} platformRevenue {doanh thu nền tảng (platformRevenue)} other {{field}}} gấp {ratio:num} lần GRDP: hai số liệu có cùng đơn vị không (triệu đồng hay tỷ đồng)?} per-capita {GRDP bình quân đầu người tính ra {perCapita:int} đồng ({grdp:int} {unit:unit} ÷ {population:int}), nằm ngoài khoảng 5 triệu–2 tỷ đồng: hãy kiểm tra đơn vị của GRDP (grdp) và của dân số (population)} firms-per-capita {{firms:int} doanh nghiệp trên {population:int} dân là hơn một doanh nghiệp cho mười người: dân số (population) có đang tính theo nghìn người không?} grdp {GRDP tương đương {vnd:int} đồng ({grdp:int} {unit:unit}), ngoài khoảng 100 tỷ–20 triệu tỷ đồng, từ một huyện đến cả nước: hãy kiểm tra đơn vị của GRDP (grdp)}}',
  'check.implausible-intensity':
    '{case, select, workforce {{value:pct} lực lượng lao động làm CNTT là trên {limit:pct}, cao hơn nhiều so với mọi tỉnh: đây có phải là phần trăm, hay tỷ lệ trên một tổng khác?} density {{value:num} doanh nghiệp công nghệ số trên 1.000 dân là trên {limit:num}, cao hơn nhiều so với mọi tỉnh: số dân có đang tính theo nghìn người, hay số doanh nghiệp là của một vùng rộng hơn?} other {riêng phần lõi đã bằng {value:pct} GRDP, trên {limit:pct}: doanh thu × ρ phóng đại giá trị tăng thêm ở nơi doanh thu ICT là lắp ráp xuất khẩu; hãy nhập giá trị tăng thêm ICT (ictValueAdded) nếu cơ quan thống kê có công bố}}',
  'check.core-far-above-nation':
    'phần lõi, doanh thu ICT × ρ, bằng {core:pct} GRDP, gấp {ratio:num} lần mức cả nước {national:pct}: ở nơi doanh thu ICT là lắp ráp điện tử xuất khẩu, doanh thu × ρ phóng đại giá trị tăng thêm ở lại địa phương; hãy nhập giá trị tăng thêm ICT (ictValueAdded) hoặc doanh thu theo phân ngành (ictSegments) của cơ quan thống kê nếu có',
  'check.published-share-mismatch':
    'tỷ trọng đã công bố {published:pct2} ({source}) nằm ngoài khoảng dự báo 5–95% của ước tính {low:pct}–{high:pct} (giá trị ước tính {point:pct})',
  'check.history-conflict':
    '{case, select, swap {năm {year} có hai số liệu: {a:pct2} ({sourceA}) và {b:pct2} ({sourceB}): cùng các chữ số nhưng khác thứ tự, nhiều khả năng là lỗi đánh máy} other {năm {year} có hai số liệu: {a:pct2} ({sourceA}) và {b:pct2} ({sourceB})}}',
  'check.frame-mismatch':
    '{case, select, published {tỷ trọng đã công bố thuộc chuỗi số liệu {theirs} nhưng ước tính dùng chuỗi {ours}: hai chuỗi không so sánh được với nhau} history {số liệu năm {year} trong chuỗi lịch sử thuộc chuỗi {theirs} nhưng ước tính dùng chuỗi {ours}: hai chuỗi không so sánh được với nhau}}',
  'check.nearest-year-used':
    'không có {series, select, nationalShare {tỷ trọng kinh tế số cả nước ({frame})} nationalCore {tỷ trọng kinh tế số ICT cả nước ({frame})} nationalPlatform {tỷ trọng kinh tế số nền tảng cả nước ({frame})} nationalFirmDensity {mật độ doanh nghiệp công nghệ số cả nước} nationalItWorkforceShare {tỷ lệ lao động CNTT cả nước}} cho năm {wanted}: dùng số liệu năm {used}',
  'check.locality-not-recognised':
    '“{locality}” không phải là tỉnh, thành phố có trong data/localities.json nên {case, select, own {ngoài các mục tiêu quốc gia chỉ áp dụng các mục tiêu ghi trong đầu vào} other {không áp dụng mục tiêu của địa phương}}: hãy viết tên như trong tệp đó (ví dụ “Khánh Hòa” hoặc “Đà Nẵng”) để so sánh với {case, select, own {cả các mục tiêu có sẵn của địa phương} other {các mục tiêu của địa phương}}',
  'check.precision-not-reached':
    'sau {draws:int} lần mô phỏng, sai số Monte Carlo của các đầu khoảng vẫn là ±{error:num4} điểm %, lớn hơn độ chính xác yêu cầu (±{precision:num4} điểm %): hãy tăng số lần mô phỏng (--draws) hoặc giảm độ chính xác yêu cầu',
  'check.platform-inside-sectoral':
    'có doanh thu nền tảng ({revenue:int}), nhưng chuỗi {frame} không công bố tỷ trọng kinh tế số nền tảng của cả nước: kinh tế số nền tảng vẫn được tính trong kinh tế số ngành',

  'report.title': 'Tỷ trọng kinh tế số trong GRDP: {locality}, năm {year} (chuỗi số liệu: {frame})',
  'report.summary': 'Tóm tắt',
  'report.summary.line':
    'Năm {year}, kinh tế số của {locality} ước đạt {point:pct} GRDP (khoảng dự báo 5–95%: {low:pct}–{high:pct}) theo {frame, select, gso {chuỗi giá trị tăng thêm của cơ quan thống kê, trong đó cả nước đạt {share:pctPub} ({nationalYear})} other {chuỗi tính theo doanh thu của Bộ, trong đó cả nước đạt {share:pctPub} ({nationalYear})}}; theo {other, select, gso {chuỗi giá trị tăng thêm của cơ quan thống kê, chỉ tiêu chính thức} other {chuỗi tính theo doanh thu của Bộ}}, cùng số liệu đầu vào cho kết quả {otherPoint:pct}, so với {otherShare:pctPub} của cả nước ({otherYear}). {target, select, none {Mọi mục tiêu áp dụng đều đã đạt hoặc đã qua.} other {Mục tiêu gần nhất chưa đạt, {target}, còn cần thêm {gap}{growth, select, none {} other {, tức tỷ trọng phải tăng {growth} mỗi năm}}.}}',
  'report.estimate': 'Ước tính',
  'report.estimate.line':
    '{point:pct} GRDP (trung vị {median:pct}, khoảng dự báo 5–95%: {low:pct}–{high:pct}; riêng các tham số: {paramLow:pct}–{paramHigh:pct}; {draws:int} lần mô phỏng, giá trị khởi tạo ngẫu nhiên (seed) {seed}; sai số Monte Carlo của hai đầu khoảng ±{mcError} điểm %)',
  'report.interval.covers':
    'Khoảng dự báo bao gồm độ bất định của các tham số và số liệu đầu vào cùng sai số riêng của phương pháp, được ước lượng từ mức chênh lệch giữa phương pháp và các tỷ trọng cấp tỉnh đã công bố ({groups:int} cặp địa phương–năm có số liệu đầu vào; docs/method.md §4); đây không phải khoảng tin cậy của một cuộc điều tra.',
  'report.components': 'Các thành phần',
  'report.core': 'Kinh tế số ICT',
  'report.core.fromRevenue':
    '(doanh thu ICT {revenue:int} × ρ {rho:num4} = {valueAdded:int}) ÷ GRDP {grdp:int} {unit}',
  'report.core.fromValueAdded': 'giá trị tăng thêm ICT {valueAdded:int} ÷ GRDP {grdp:int} {unit}',
  'report.core.fromSegments':
    '(Σ doanh thu từng phân ngành × tỷ lệ giá trị tăng thêm của phân ngành = {valueAdded:int}) ÷ GRDP {grdp:int} {unit}',
  'report.platform': 'Kinh tế số nền tảng',
  'report.platform.inside': 'tính trong kinh tế số ngành',
  'report.platform.separate': 'doanh thu nền tảng × ρ ÷ GRDP',
  'report.sectoral': 'Kinh tế số ngành',
  'report.sectoral.formula':
    'D_n {nationalSectoral:pct} × I_L {intensity:num}^β {beta:num} × (1 − C_L − P_L) ÷ (1 − C_n − P_n)',
  'report.intensity': 'Cường độ số',
  'report.intensity.explain':
    'Hệ số vị trí (LQ) là số liệu của địa phương chia cho số liệu cả nước: lớn hơn 1 nghĩa là hoạt động số ở địa phương tập trung hơn mức chung cả nước. Cường độ số I_L là trung bình nhân của hai hệ số này: địa phương có cường độ số bằng bao nhiêu lần cả nước.',
  'report.inputs': 'Số liệu đầu vào',
  'report.inputs.density.stated':
    'mật độ doanh nghiệp {density:num} trên 1.000 dân, theo số liệu công bố',
  'report.inputs.density.derived':
    'mật độ doanh nghiệp tính từ {firms:int} doanh nghiệp ÷ {population:int} dân = {density:num} trên 1.000 dân',
  'report.inputs.workforce.stated': 'tỷ lệ lao động CNTT {share:pct}, theo số liệu công bố',
  'report.inputs.workforce.derived':
    'tỷ lệ lao động CNTT tính từ {workers:int} lao động CNTT ÷ lực lượng lao động {labourForce:int} = {share:pct}',
  'report.intensity.line':
    'lao động CNTT {workforceShare:pct} ÷ cả nước {nationalWorkforce:pct} = LQ {workforceLQ:num}; doanh nghiệp công nghệ số {firmDensity:num} trên 1.000 dân ÷ cả nước {nationalDensity:num} = LQ {firmsLQ:num}; I_L = √({workforceLQ:num} × {firmsLQ:num}) = {intensity:num}',
  'report.alternatives': 'Ước tính theo một chỉ tiêu',
  'report.alternatives.line':
    'chỉ theo lao động {workforce:pct} · chỉ theo doanh nghiệp {firms:pct} · theo tỷ lệ kinh tế số ICT {coreScaling:pct}',
  'report.national': 'Bình quân cả nước',
  'report.series.mic': 'Chuỗi số liệu của Bộ, tính theo doanh thu (mic)',
  'report.series.gso':
    'Chuỗi số liệu của cơ quan thống kê, tính theo giá trị tăng thêm (gso, chỉ tiêu chính thức)',
  'report.national.frame':
    '{share:pctPub} năm {year}{refs}; theo chuỗi này, ước tính là {point:pct} ({low:pct}–{high:pct}): chênh lệch {gap:pts}, bằng {ratio:num} lần mức cả nước{headline, select, yes {; là số liệu chính của báo cáo} other {}}',
  'report.national.why':
    'Hai chuỗi khác nhau: chuỗi của Bộ ước tính kinh tế số từ doanh thu (số liệu thuế), gồm cả phần nền tảng và phần ngành; cơ quan thống kê đo giá trị tăng thêm trong tài khoản quốc gia, và chuỗi này là chỉ tiêu chính thức. Ước tính được tính theo từng chuỗi với số liệu cả nước của chuỗi đó; chuỗi số liệu (frame) của đầu vào chọn số liệu chính.',
  'report.national.line':
    '{share:pct} ({frame}, {year}): chênh lệch {gap:pts}, bằng {ratio:num} lần mức cả nước',
  'report.published': 'Số liệu đã công bố',
  'report.published.line': '{share:pct2} ({source})',
  'report.targets': 'Mục tiêu',
  'report.targets.header.target': 'Mục tiêu',
  'report.targets.header.year': 'Năm',
  'report.targets.header.level': 'Mức',
  'report.targets.header.gap': 'Khoảng cách',
  'report.targets.header.growth': 'Tăng/năm',
  'report.targets.header.points': 'Điểm/năm',
  'report.targets.header.status': 'Tình trạng',
  'report.targets.header.projected': 'Xu hướng',
  'report.targets.header.reached': 'Năm đạt',
  'report.targets.status.met': 'đã đạt',
  'report.targets.status.open': 'chưa đạt',
  'report.targets.status.passed': 'đã quá hạn',
  'report.targets.none': 'không có mục tiêu áp dụng',
  'report.targets.note':
    'Khoảng cách = mục tiêu − ước tính; tăng/năm = (mục tiêu ÷ ước tính)^(1/số năm) − 1, tức tốc độ tăng của chính tỷ trọng.',
  'report.targets.note.range':
    'Với mục tiêu là một khoảng, bảng tính đến cận dưới, dòng bên dưới tính đến cận trên.',
  'report.targets.metIn': 'đã đạt từ năm {year}',
  'report.targets.toHigh.met': 'đến cận trên: đã đạt từ năm {year}',
  'report.targets.toHigh': 'đến cận trên: khoảng cách {gap:pts}, tăng {growth} mỗi năm{reached}',
  'report.targets.toHigh.reached': '; đạt vào năm {year} theo tốc độ hiện nay',
  'report.trajectory': 'Xu hướng',
  'report.trajectory.fittedOn': 'Số liệu dùng để ước lượng xu hướng',
  'report.trajectory.observed': '{year}: {share:pct2}',
  'report.trajectory.line': 'xu hướng {method}, {pace} mỗi năm; {rule}',
  'report.trajectory.linear': 'tuyến tính',
  'report.trajectory.compound': 'tăng trưởng kép',
  'report.trajectory.point':
    '{year}: {share:pct}{spread, select, yes { ({low:pct}–{high:pct})} other {}}',
  'report.trajectory.fewPoints':
    '*: chỉ từ {n:int} năm số liệu: xu hướng chỉ mang tính tham khảo, không phải dự báo.',
  'report.trajectory.beyond':
    '†: sau năm {horizon}, xa hơn hai lần độ dài chuỗi số liệu ({first}–{last}): là ngoại suy, không phải dự báo.',
  'report.sensitivity': 'Độ nhạy (lần lượt từng yếu tố: ước tính ở cận dưới | cận trên của khoảng)',
  'report.checks': 'Kiểm tra tính nhất quán',
  'report.checks.none': 'không phát hiện mâu thuẫn',
  'report.severity.info': 'thông tin',
  'report.severity.warning': 'cảnh báo',
  'report.severity.error': 'lỗi',
  'report.parameters': 'Tham số',
  'report.parameters.line': '{label}: {value} (khoảng {low}–{high}){year}; nguồn: {source}',
  'report.sources': 'Nguồn',
  'report.sources.line': '{title}. {publisher}, {date}. {url}',
  'report.sources.undated': 'không rõ ngày',
  'report.sources.noAddress': 'không lưu địa chỉ',
  'report.sources.note':
    'Các số trong ngoặc vuông trong báo cáo chỉ đến danh sách này. Tiêu đề tiếng Việt là tiêu đề bài báo theo địa chỉ của bài, đã thêm lại dấu; tiêu đề trong ngoặc vuông là mô tả một nguồn mà địa chỉ không ghi tiêu đề. Mọi nguồn đều có trong data/sources.json.',
  'report.provenance': 'Truy xuất nguồn gốc',
  'report.provenance.line':
    'phương pháp {methodVersion}, dữ liệu {dataVersion}, gói {packageVersion}, giá trị khởi tạo ngẫu nhiên (seed) {seed}, {draws:int} lần mô phỏng',
  'report.na': 'không có',

  'variable.grdp': 'GRDP',
  'variable.ictRevenue': 'doanh thu ICT',
  'variable.ictValueAdded': 'giá trị tăng thêm ICT',
  'variable.platformRevenue': 'doanh thu nền tảng',
  'variable.ictSegments': 'giá trị tăng thêm ICT theo phân ngành',
  'variable.digitalFirms': 'doanh nghiệp công nghệ số',
  'variable.population': 'dân số',
  'variable.firmsPerThousand': 'doanh nghiệp trên 1.000 dân',
  'variable.itWorkers': 'lao động CNTT',
  'variable.labourForce': 'lực lượng lao động',
  'variable.itWorkforceShare': 'tỷ lệ lao động CNTT',
  'variable.rho': 'ρ giá trị tăng thêm ÷ doanh thu',
  'variable.beta': 'β hệ số điều chỉnh',
  'variable.nationalShare': 'S_n tỷ trọng cả nước',
  'variable.nationalCore': 'C_n tỷ trọng kinh tế số ICT cả nước',
  'variable.nationalPlatform': 'P_n tỷ trọng kinh tế số nền tảng cả nước',
  'variable.nationalFirmDensity': 'f_n mật độ doanh nghiệp cả nước',
  'variable.nationalItWorkforceShare': 'w_n tỷ lệ lao động CNTT cả nước',

  // Command-line help
  'help.command.estimate':
    'ước tính tỷ trọng kinh tế số trong GRDP của một địa phương trong một năm',
  'help.command.scenario':
    'mức tăng doanh thu ICT hoặc lao động CNTT cần để đạt tỷ trọng mục tiêu vào một năm',
  'help.command.batch':
    'ước tính mọi dòng của một bảng CSV, Excel hoặc JSON, xếp hạng, báo lỗi theo số dòng',
  'help.command.combine':
    'hợp nhất nhiều địa phương thành một (tỉnh sau sáp nhập, một vùng): cộng số liệu, không bao giờ lấy trung bình tỷ trọng',
  'help.command.validate':
    'so sánh phương pháp với các tỷ trọng cấp tỉnh đã công bố; tự kiểm tra cấp quốc gia; hiệu chỉnh',
  'help.command.schema':
    'in JSON Schema của đầu vào, để kiểm tra bằng các công cụ và ngôn ngữ khác',
  'help.command.init': 'ghi một mẫu đầu vào có chú thích để điền',
  'help.command.web':
    'ghi ra công cụ tính trên web: một trang HTML không cần cài đặt, không cần mạng',
  'help.usage': 'Cách dùng',
  'help.options': 'Tùy chọn',
  'help.example': 'Ví dụ',
  'help.commands': 'Các lệnh',
  'help.more':
    'Chạy "{name} <lệnh> --help" để xem các tùy chọn và một ví dụ của lệnh; --lang en|fr để xem trợ giúp bằng tiếng Anh hoặc tiếng Pháp.',
  'help.exit': 'Mã thoát: 0 thành công, 2 đầu vào hoặc cách dùng không hợp lệ, 1 lỗi nội bộ.',
  'help.title':
    '{name} {version}: ước tính tỷ trọng kinh tế số trong GRDP của một địa phương (docs/method.md)',
  'help.option.format': 'định dạng kết quả: text, markdown, html, json hoặc csv (mặc định text)',
  'help.option.format-xlsx':
    'định dạng kết quả: text, markdown, html, json, csv, hoặc xlsx kèm --out (mặc định text)',
  'help.option.lang': 'ngôn ngữ của báo cáo và thông báo: en, vi hoặc fr (mặc định en)',
  'help.option.excel':
    'CSV cho Excel: có BOM, số đã làm tròn; dấu chấm phẩy và dấu phẩy thập phân khi --lang vi hoặc fr',
  'help.option.draws':
    'số lần mô phỏng của khoảng (mặc định {draws:int}; với --precision, số lần tối đa)',
  'help.option.seed':
    'giá trị khởi tạo ngẫu nhiên (seed), để kết quả lặp lại được (mặc định {seed})',
  'help.option.sampler':
    'cách tạo các lần mô phỏng: sobol (điểm Sobol xáo trộn, mặc định) hoặc mc (Monte Carlo thông thường)',
  'help.option.precision':
    'dừng khi sai số Monte Carlo của mọi đầu khoảng không quá tỷ lệ này (0,0005 = 0,05 điểm %); khi đó --draws là số lần tối đa',
  'help.option.chart': 'vẽ thêm biểu đồ vào tệp SVG này (cần vega và vega-lite)',
  'help.option.force': 'ghi đè tệp nêu trong --out hoặc --chart',
  'help.option.example': 'dùng một đầu vào mẫu có sẵn thay cho tệp (da-nang-2024)',
  'help.option.out': 'ghi kết quả vào tệp này (bắt buộc khi --format xlsx)',
  'help.option.map': '2025: đưa bảng 63 tỉnh cũ về 34 tỉnh trước khi ước tính',
  'help.option.decimal-comma': 'đọc số viết dạng 39.888,5 dù dấu phân cách là gì',
  'help.option.target': 'tỷ trọng mục tiêu, dạng tỷ lệ (35% là 0.35)',
  'help.option.by': 'năm cần đạt',
  'help.option.grdp-growth': 'tăng trưởng GRDP danh nghĩa mỗi năm, dạng tỷ lệ (10% là 0.1)',
  'help.option.ict-growth': 'tăng trưởng doanh thu ICT mỗi năm (mặc định: như GRDP)',
  'help.option.workforce-growth': 'tăng trưởng lao động CNTT mỗi năm (mặc định 0)',
  'help.option.calibrate': 'hiệu chỉnh thêm β và đánh giá ngoài mẫu (cần mathjs)',
  'help.option.fit': 'các tham số cần hiệu chỉnh: beta, rho hoặc beta,rho (mặc định beta)',
  'help.option.locality': 'tên của địa phương hợp nhất (mặc định: các tên nối bằng " + ")',
  'help.option.into': 'một trong 34 tỉnh: hợp nhất các tỉnh cũ của nó từ bảng',
  'help.option.year': 'năm cần dùng (khi bảng có nhiều năm)',
  'help.option.init-locality': 'tên địa phương, ghi vào mẫu',
  'help.option.init-year': 'năm của số liệu, ghi vào mẫu',
  'help.option.init-force': 'ghi đè tệp nếu đã có',
  'help.option.web-lang':
    'ngôn ngữ khi mở trang: vi, en hoặc fr (mặc định vi; đổi được ngay trong trang)',
  'help.option.web-out': 'ghi trang vào tệp này (mặc định: đầu ra chuẩn)',
  'help.option.web-force': 'ghi đè nếu tệp đã có',
  'help.option.help': 'trợ giúp này',

  'scenario.title':
    'Kịch bản: {locality}, từ {start:pct} năm {year} lên {target:pct} vào năm {by} (chuỗi {frame})',
  'scenario.grdp': 'GRDP tăng {growth:pct} mỗi năm (danh nghĩa).',
  'scenario.revenue':
    'Doanh thu ICT cần tăng {growth:pct} mỗi năm (lao động CNTT tăng {held:pct} mỗi năm).',
  'scenario.revenue.none': 'Chỉ dựa vào doanh thu ICT: {reason}.',
  'scenario.workforce':
    'Hoặc lao động CNTT cần tăng {growth:pct} mỗi năm, đạt {share:pct} lực lượng lao động vào năm {by} (doanh thu ICT tăng {held:pct} mỗi năm).',
  'scenario.revenue.level':
    'Tức là {field, select, ictRevenue {doanh thu ngành ICT} ictValueAdded {giá trị tăng thêm ngành ICT} other {giá trị tăng thêm ICT của các phân ngành}} đạt {by} {unit:unit} vào năm {year}: gấp {multiple} lần mức hiện nay ({today}) và bằng {ofGrdp} lần GRDP năm đó ({grdp}).',
  'scenario.revenue.beyond':
    'Cảnh báo: vượt xa mọi mức đã quan sát: {case, select, revenue {doanh thu toàn ngành ICT cả nước, kể cả các trung tâm lắp ráp điện tử, chỉ bằng {seen} lần GDP ({seenYear})} other {kinh tế số ICT trên {seen} GRDP là không hợp lý (docs/method.md §6)}}.',
  'scenario.workforce.level':
    '{workers, select, none {Hiện nay: {today:pct} lực lượng lao động.} other {Tức là {workers} lao động CNTT vào năm {by}, so với {todayWorkers} hiện nay.}}',
  'scenario.workforce.beyond':
    'Cảnh báo: vượt mức hợp lý, hơn {limit:pct} lực lượng lao động làm CNTT (docs/method.md §6).',
  'scenario.projected':
    '{given, select, yes {Với các tốc độ đã cho (doanh thu ICT tăng {ict:pct} mỗi năm, lao động CNTT tăng {workforce:pct} mỗi năm)} other {Nếu doanh thu ICT tăng như GRDP ({ict:pct} mỗi năm) và lao động CNTT giữ nguyên}}, tỷ trọng năm {by} sẽ là {share:pct}: {case, select, short {còn thiếu {gap} so với mục tiêu} other {đạt mục tiêu, vượt {gap}}}.',
  'scenario.workforce.none': 'Chỉ dựa vào lao động CNTT: {reason}.',
  'scenario.path': 'Lộ trình, doanh thu ICT tăng {growth:pct} mỗi năm:',
  'scenario.held':
    'Giữ nguyên mức năm {year}: mật độ doanh nghiệp, lực lượng lao động và số liệu cả nước ({frame} {nationalYear}: {national:pct}); tham số ở giá trị mặc định.',

  'batch.title': 'Tỷ trọng kinh tế số trong GRDP: {count:int} địa phương, xếp hạng',
  'batch.header.rank': 'Hạng',
  'batch.header.row': 'Dòng',
  'batch.header.locality': 'Địa phương',
  'batch.header.year': 'Năm',
  'batch.header.frame': 'Chuỗi',
  'batch.header.share': 'Tỷ trọng',
  'batch.header.interval': '5–95%',
  'batch.header.national': 'Cả nước',
  'batch.header.gap': 'Chênh lệch',
  'batch.header.checks': 'Kiểm tra',
  'batch.errors': 'Các dòng không ước tính được ({count:int}):',
  'batch.unranked':
    '– không xếp hạng: tỷ trọng đã bị giới hạn, hoặc có số liệu bị kiểm tra nghi sai đơn vị, vượt xa mọi tỉnh hay bị phóng đại bởi doanh thu lắp ráp, không được xếp hạng như một số đo (xem phần kiểm tra).',
  'batch.error': 'dòng {row}: {message}',

  'validate.title':
    'Đối chiếu với tỷ trọng đã công bố của các tỉnh, thành phố (ước tính theo tham số mặc định)',
  'validate.header.published': 'Đã công bố',
  'validate.header.estimate': 'Ước tính',
  'validate.header.error': 'Sai số',
  'validate.header.source': 'Nguồn',
  'validate.alternate': '(số liệu khác)',
  'validate.summary':
    'Tổng hợp ({frame}): {n:int} dòng, sai số tuyệt đối trung bình {mae}, độ lệch {bias}, hệ số Spearman {spearman}; tỷ lệ nằm trong khoảng dự báo 5–95% {coverage} (độ rộng trung bình {width}), trong khoảng của riêng các tham số {paramCoverage} (độ rộng trung bình {paramWidth})',
  'validate.header.parameters': 'Riêng tham số',
  'validate.methodError':
    'Sai số phương pháp của khoảng dự báo: hệ số {scale} trên thang log-odds (độ phân tán giữa các lần công bố τ {tau}, sai số phương pháp σ_m {sigma}), phân phối Student t với {df:int} bậc tự do, từ {figures:int} số liệu đã công bố thuộc {groups:int} cặp địa phương–năm (docs/method.md §4).',
  'validate.loo':
    'Kiểm tra bỏ-một (lần lượt bỏ ra từng cặp địa phương–năm, sai số phương pháp ước lượng từ các cặp còn lại): {figures:int} số liệu đã công bố, {coverage} nằm trong khoảng dự báo 5–95% ({primary} với các số liệu chính), độ rộng trung bình {width}; khoảng của riêng các tham số: {paramCoverage}, độ rộng trung bình {paramWidth}.',
  'validate.loo.none': 'Kiểm tra bỏ-một: cần từ hai cặp địa phương–năm có số liệu đầu vào trở lên.',
  'validate.summary.none': 'Tổng hợp ({frame}): {reason}',
  'validate.national': 'Tự kiểm tra với cả nước (ước tính cả nước như một địa phương):',
  'validate.national.line':
    '{frame} {year}: công bố {published:pct2}, ước tính {estimate:pct2} ({error})',
  'validate.lacking': 'Tỷ trọng đã công bố nhưng thiếu số liệu đầu vào có nguồn ({count:int}):',
  'validate.lacking.line':
    '{locality} {year} ({frame}, {published:pct2}): đã có {found}; còn thiếu {missing}',
  'validate.nothing': 'chưa có gì',
  'validate.segments': 'Các tỉnh lắp ráp điện tử:',
  'validate.segments.untested':
    'chưa tỉnh nào có số liệu đầu vào có nguồn, và chưa tìm thấy tỷ lệ giá trị tăng thêm theo phân ngành (phần cứng so với phần mềm và dịch vụ), nên chưa thể chứng minh trên dữ liệu kèm theo rằng tỷ lệ theo phân ngành cải thiện kết quả; phương pháp vẫn hỗ trợ (ictSegments) cho người dùng có số liệu này.',
  'validate.calibration':
    'Hiệu chỉnh {names} trên {n:int} dòng: {values}. Sai số tuyệt đối trung bình khi lần lượt bỏ từng dòng là {loo}, so với {defaults} ở giá trị mặc định: {decision}.',
  'validate.calibration.keep': 'giữ nguyên giá trị mặc định',
  'validate.calibration.change': 'giá trị hiệu chỉnh dự báo tốt hơn ngoài mẫu',
  'validate.se': 'sai số chuẩn',

  'chart.trajectory.title': '{locality}: tỷ trọng kinh tế số trong GRDP và các mục tiêu',
  'chart.year': 'Năm',
  'chart.share': 'Tỷ trọng trong GRDP',
  'chart.published': 'đã công bố',
  'chart.estimate': 'ước tính này (5–95%)',
  'chart.projection': 'xu hướng {method} (5–95%)',
  'chart.components.title': 'Các thành phần: {locality} và cả nước ({frame}, {year})',
  'chart.nation': 'Cả nước',
  'chart.component': 'Thành phần',
  'chart.tornado.title': 'Độ nhạy: ước tính ở hai đầu của mỗi khoảng',
  'chart.tornado.estimate': 'Ước tính ở cận dưới và cận trên',
  'chart.scenario.title': '{locality}: lộ trình đến {target:pct} vào năm {by}',
  'chart.scenario.path': 'doanh thu ICT +{growth:pct} mỗi năm, GRDP +{grdp:pct}',
  'chart.scenario.target': 'mục tiêu',

  'reason.target-year-now': 'năm mục tiêu trùng với năm ước tính',
  'reason.target-year-passed': 'năm mục tiêu đã qua',
  'reason.share-zero': 'không tính được tốc độ tăng từ tỷ trọng bằng 0 (hoặc rất gần 0)',
  'reason.trend-not-rising': 'xu hướng đi ngang hoặc giảm',
  'reason.not-before': 'không trước năm {year}',
  'reason.reached-anyway-revenue': 'đạt vào năm {by} ngay cả khi doanh thu ICT giảm 99% mỗi năm',
  'reason.reached-anyway-workforce': 'đạt vào năm {by} ngay cả khi lao động CNTT giảm 99% mỗi năm',
  'reason.not-reachable-revenue': 'không thể đạt: tăng 10.000% mỗi năm cũng chỉ được {share:pct}',
  'reason.not-reachable-workforce-all':
    'không thể đạt: ngay cả khi mọi lao động đều làm CNTT, tỷ trọng chỉ là {share:pct}',
  'reason.not-reachable-workforce-growth':
    'không thể đạt: tăng 10.000% mỗi năm thì tỷ trọng cũng chỉ là {share:pct}',
  'reason.no-it-workers': 'không có lao động CNTT để tăng',
  'reason.trend-few-years': 'ít hơn ba năm: dùng xu hướng tuyến tính, không có khoảng',
  'reason.trend-zero-share':
    'chuỗi lịch sử có tỷ trọng bằng 0 nên không dùng được xu hướng tăng trưởng kép: dùng xu hướng tuyến tính',
  'reason.trend-compound-better':
    'xu hướng tăng trưởng kép dự báo chuỗi lịch sử tốt hơn (bình phương sai số dự báo trước một bước: tuyến tính {linear}, kép {compound})',
  'reason.trend-linear-better':
    'xu hướng tuyến tính dự báo chuỗi lịch sử tốt không kém (bình phương sai số dự báo trước một bước: tuyến tính {linear}, kép {compound})',
  'reason.platform-none':
    'không có doanh thu nền tảng: kinh tế số nền tảng được tính trong kinh tế số ngành, như trong cả hai chuỗi số liệu quốc gia',
  'reason.platform-no-national':
    'có doanh thu nền tảng, nhưng chuỗi {frame} không công bố tỷ trọng kinh tế số nền tảng của cả nước: kinh tế số nền tảng được tính trong kinh tế số ngành, như trong cả hai chuỗi số liệu quốc gia',
  'reason.platform-separate':
    'có doanh thu nền tảng và chuỗi {frame} công bố tỷ trọng kinh tế số nền tảng của cả nước',
  'reason.no-rows': 'chưa có tỷ trọng đã công bố nào có số liệu đầu vào',
  'reason.spearman-few-rows': 'hệ số tương quan thứ hạng cần từ ba dòng trở lên ({n})',
  'reason.no-standard-error':
    'số dòng ({n}) không nhiều hơn số tham số ({p}): không có sai số chuẩn',
  'reason.singular':
    'các dòng này không đủ để phân biệt các tham số (JᵀJ suy biến): không có sai số chuẩn',

  'target.label.shared': '{names}: {level} vào năm {year}',
  'target.name.national': 'Cả nước',
  'target.label.national': 'Cả nước: {level} GDP vào năm {year}',
  'target.label.local': '{locality}: {level} GRDP vào năm {year}',

  'unit.vnd': 'đồng',
  'unit.thousand-vnd': 'nghìn đồng',
  'unit.million-vnd': 'triệu đồng',
  'unit.billion-vnd': 'tỷ đồng',
  'unit.trillion-vnd': 'nghìn tỷ đồng',

  'table.component': 'Thành phần',
  'table.how': 'Cách tính',
  'table.factor': 'Yếu tố',
  'table.range': 'Khoảng',
  'table.atLow': 'Ở cận dưới',
  'table.atHigh': 'Ở cận trên',
  'table.swing': 'Biên độ',

  // Input errors (InputError): the parts of each issue
  'error.line': '{path}: cần {expected}, nhận được {received}',
  'error.line.hint': '{path}: cần {expected}, nhận được {received}; {hint}',
  'error.more': ' (và {count} lỗi khác: {paths})',
  'error.noun.number': 'một số',
  'error.noun.whole': 'một số nguyên',
  'error.expected.fraction': 'một tỷ lệ từ 0 đến 1',
  'error.expected.between': '{noun} từ {min:bound} đến {max:bound}',
  'error.expected.bounded': '{noun} {bounds}',
  'error.bound.min': '≥ {value:bound}',
  'error.bound.above': '> {value:bound}',
  'error.bound.max': '≤ {value:bound}',
  'error.bound.below': '< {value:bound}',
  'error.bound.and': '{a} và {b}',
  'error.expected.described': '{expected} ({description})',
  'error.expected.object': 'một đối tượng',
  'error.expected.text': 'văn bản',
  'error.expected.list': 'một danh sách',
  'error.expected.boolean': 'true hoặc false',
  'error.expected.locality-object': 'một đối tượng gồm các trường của một địa phương trong một năm',
  'error.expected.non-empty-text': 'văn bản không rỗng',
  'error.expected.non-empty-list': 'một danh sách không rỗng',
  'error.expected.list-min': 'một danh sách có ít nhất {min} phần tử',
  'error.expected.one-of': 'một trong các giá trị {options}',
  'error.expected.known-field': 'một trường đã biết',
  'error.expected.range-order': 'low ≤ value ≤ high',
  'error.expected.either': '{a} hoặc {b}',
  'error.expected.ratio-or-pair': '{ratio}, hoặc {count} cùng với {denominator}',
  'error.expected.count-for': '{count}, để chia cho {denominator}',
  'error.received.missing': 'không có gì (thiếu trường này)',
  'error.received.null': 'null',
  'error.received.nan': 'NaN',
  'error.received.infinity': '{sign}Infinity',
  'error.received.number': '{value} (số)',
  'error.received.text': '{value} (chuỗi ký tự)',
  'error.received.boolean': '{value} (logic)',
  'error.received.list':
    '{count, plural, one {một danh sách # phần tử} other {một danh sách # phần tử}}',
  'error.received.empty-object': 'một đối tượng rỗng',
  'error.received.object': 'một đối tượng có {keys}',
  'error.received.other': '{value} ({type})',
  'error.received.unknown-field': 'một trường không xác định {name}',
  'error.received.neither': 'không có trường nào',
  'error.received.range': 'value {value}, low {low}, high {high}',
  'error.hint.percent':
    'tỷ trọng được nhập dưới dạng tỷ lệ (7,7% → 0,077), không phải phần trăm: có phải ý bạn là {value}?',
  'error.hint.denominator-grdp':
    'GRDP là mẫu số của mọi tỷ trọng nên không thể bằng 0: hãy nhập GRDP theo giá hiện hành',
  'error.hint.denominator-population':
    'dân số bằng 0 không thể làm mẫu số cho số doanh nghiệp: hãy nhập số dân, hoặc nhập mật độ doanh nghiệp trên 1.000 dân (firmsPerThousand) thay thế',
  'error.hint.denominator-labourForce':
    'lực lượng lao động bằng 0 không thể làm mẫu số cho số lao động CNTT: hãy nhập số người trong lực lượng lao động, hoặc nhập tỷ lệ lao động CNTT (itWorkforceShare) thay thế',
  'error.hint.negative': 'giá trị này không thể âm: hãy kiểm tra dấu',
  'error.hint.year': 'hãy nhập năm dương lịch, ví dụ 2024',
  'error.hint.density': 'hãy nhập số doanh nghiệp trên 1.000 dân, ví dụ 2.35',
  'error.hint.not-finite':
    'giá trị không phải là một số hữu hạn: hãy kiểm tra phép tính hoặc ô dữ liệu tạo ra nó',
  'error.hint.whole':
    'số đếm phải là số nguyên: hãy làm tròn ({rounded}) hoặc kiểm tra cột dữ liệu',
  'error.hint.separators':
    'hãy viết số không có dấu ngoặc kép và không có dấu phân cách hàng nghìn ({text} là {digits} nếu dấu này phân cách hàng nghìn)',
  'error.hint.percent-text':
    'hãy viết dưới dạng tỷ lệ (7,7% → 0,077), không có dấu ngoặc kép: {value}',
  'error.hint.quoted-number': 'hãy viết số không có dấu ngoặc kép: {value}',
  'error.hint.list-for-one':
    'estimate nhận một địa phương trong một năm: hãy dùng lệnh batch (hoặc estimateBatch) cho một danh sách',
  'error.hint.did-you-mean': 'có phải ý bạn là {name}?',
  'error.hint.unknown-field': 'hãy xóa trường này, hoặc xem schema đầu vào để biết tên các trường',
  'error.hint.add-field': 'hãy thêm {name}',
  'error.hint.null':
    'hãy điền số liệu (mẫu để null ở chỗ cần số liệu), hoặc xóa trường nếu không bắt buộc',
  'error.hint.range-order': 'hãy sửa hoặc đổi chỗ hai cận',
  'error.hint.either-core':
    'hãy nhập doanh thu ngành ICT (ictRevenue), giá trị tăng thêm (ictValueAdded) hoặc doanh thu theo phân ngành (ictSegments)',
  'error.hint.either-density':
    'hãy nhập số doanh nghiệp công nghệ số trên 1.000 dân (firmsPerThousand), hoặc số doanh nghiệp công nghệ số (digitalFirms) và số dân (population)',
  'error.hint.either-workforce':
    'hãy nhập tỷ lệ lao động CNTT trong lực lượng lao động (itWorkforceShare), hoặc số lao động CNTT (itWorkers) và lực lượng lao động (labourForce)',
  'error.hint.count-or-ratio': 'hãy nhập {count}, hoặc nhập {ratio} thay cho {denominator}',
  'error.hint.usage': 'cách dùng: {usage}',
  'error.hint.run-help': 'hãy chạy {command} --help',
  'error.expected.same-year': 'cùng năm với inputs[0] ({year})',
  'error.hint.one-year': 'chỉ gộp số liệu của cùng một năm',
  'error.expected.same-frame': 'cùng khung đo với inputs[0] ({frame})',
  'error.expected.same-unit': 'cùng đơn vị tiền tệ với inputs[0] ({unit})',
  'error.hint.one-unit': 'hãy quy đổi các trường tiền tệ về một đơn vị trước',
  'error.expected.all-or-none': '{field} cho mọi địa phương, hoặc không cho địa phương nào',
  'error.hint.partial-sum': 'tổng chỉ trên một số địa phương sẽ quá nhỏ',
  'error.expected.weight-for-ratio': '{denominator} hoặc {count} bên cạnh {ratio}',
  'error.received.ratio-alone': 'chỉ có tỷ lệ (không thể lấy trọng số khi cộng các địa phương)',
  'error.hint.give-for': 'hãy cho {field} của {locality}',
  'error.expected.year-from': 'một năm từ {year} đến {max}',
  'error.expected.year-after': 'một năm sau năm đầu vào {year}',
  'error.hint.target-ahead': 'năm mục tiêu phải ở phía trước',
  'error.expected.package': '{count, plural, other {gói}} {packages}, mà {feature} cần đến',
  'error.received.not-installed': 'chưa được cài đặt',
  'error.hint.install': '{count, plural, other {hãy cài đặt}}: {command}',
  'error.expected.options-object': 'một đối tượng tùy chọn ({options}), hoặc bỏ trống',
  'error.expected.known-option': 'một trong các tùy chọn {options}',
  'error.received.unknown-option': 'một tùy chọn không xác định {name}',
  'error.expected.text-argument': 'một chuỗi văn bản',
  'error.expected.csv-text': 'một văn bản CSV có dòng tiêu đề',
  'error.expected.trajectory': 'một xu hướng (kết quả của projectTrajectory)',
  'error.received.symlink': 'một liên kết tượng trưng (symlink)',
  'error.hint.no-symlink':
    'hãy chọn đường dẫn tới một tệp thông thường; biểu đồ và mẫu không bao giờ được ghi qua liên kết',
  'error.expected.at-most': 'tối đa bằng {whole} ({limit:int})',
  'error.hint.workers-exceed':
    'lao động CNTT là một phần của lực lượng lao động nên không thể nhiều hơn: lực lượng lao động ({whole}) có đang tính theo nghìn người, hoặc là số liệu của địa bàn khác không?',
  'error.hint.firms-exceed':
    'số doanh nghiệp không thể nhiều hơn số dân: dân số ({whole}) có đang tính theo nghìn người không?',
  'error.expected.core-below-grdp': 'giá trị tăng thêm ICT nhỏ hơn GRDP ({grdp:int})',
  'error.received.core-value-added': '{valueAdded:int}, bằng {ratio:pct} GRDP',
  'error.hint.core-from-revenue':
    'doanh thu × ρ không thể đạt tới GRDP: hãy kiểm tra doanh thu ICT (ictRevenue) và GRDP (grdp) có cùng đơn vị không, hoặc, nơi doanh thu lắp ráp vượt xa giá trị tăng thêm tại địa phương, hãy nhập giá trị tăng thêm ICT (ictValueAdded)',
  'error.hint.core-unit':
    'giá trị tăng thêm là một phần của GRDP: hãy kiểm tra hai số liệu có cùng đơn vị không',
  'error.expected.magnitude-max': 'một số liệu hợp lý, tối đa {limit:bound}',
  'error.expected.magnitude-min': 'một số liệu hợp lý, tối thiểu {limit:bound}',
  'error.hint.magnitude':
    'không địa phương nào có số liệu như vậy: hãy kiểm tra đơn vị của trường này (và của GRDP)',
  'error.expected.year-up-to': 'một năm không muộn hơn {year}, năm của ước tính',
  'error.hint.history-after':
    'chuỗi lịch sử chỉ gồm các năm trước đó; số liệu năm sau hãy đưa vào một tệp đầu vào của năm sau',
  'error.expected.unique-keys': 'JSON trong đó mỗi khóa chỉ xuất hiện một lần trong một đối tượng',
  'error.received.duplicate-key': 'khóa {key} lần thứ hai ở dòng {line}, cột {column}',
  'error.hint.duplicate-key':
    'JSON chỉ giữ khóa cuối cùng trong hai khóa trùng nhau: hãy xóa một khóa',
  'error.hint.json-number': 'JSON không có NaN hay Infinity: hãy ghi một số, hoặc bỏ trường này',
  'error.received.not-utf8': 'một tệp UTF-16 hoặc tệp nhị phân, không phải văn bản UTF-8',
  'error.hint.save-utf8':
    'hãy lưu tệp dưới dạng UTF-8 (trong Excel: "CSV UTF-8"; trong trình soạn thảo: mã hóa UTF-8)',
  'error.expected.closed-quote': 'mọi ô trong dấu ngoặc kép đều được đóng lại',
  'error.received.unclosed-quote': 'một dấu ngoặc kép mở ở đây mà không đóng',
  'error.hint.unclosed-quote':
    'hãy đóng dấu ngoặc kép: dấu ngoặc chưa đóng sẽ nuốt mọi dòng sau nó',
  'error.expected.column-name': 'một tên cột',
  'error.received.empty-header': 'một ô tiêu đề trống',
  'error.expected.unique-column': 'mỗi cột chỉ một lần',
  'error.received.repeated-column': 'cùng một cột lần thứ hai',
  'error.hint.repeated-column': 'hãy xóa hoặc đổi tên một trong hai cột',
  'error.expected.cells-per-row': '{count, plural, other {# ô}}, bằng số ô của dòng tiêu đề',
  'error.received.cells': '{count, plural, other {# ô}}',
  'error.hint.ragged-row':
    'thừa hoặc thiếu một ô: hãy kiểm tra dấu phẩy trong số hay tên (đặt trong ngoặc kép), hoặc giá trị bị thiếu',
  'error.expected.list-max': 'một danh sách tối đa {max:int} phần tử',
  'error.hint.list-max':
    'chuỗi lịch sử là tỷ trọng từng năm của một địa phương: mỗi năm một số liệu',
  'error.received.too-large': 'một tệp dài {size:int} ký tự',
  'error.hint.split-file': 'giới hạn là {limit:int} ký tự: hãy chia nhỏ tệp',
  'error.expected.moving-parameters': 'các tham số có ảnh hưởng tới các dòng được khớp',
  'error.received.unused-parameter': '{name}, không dòng nào phụ thuộc vào nó',
  'error.hint.rho-unused':
    'ρ không có tác dụng khi mọi dòng đều cho giá trị tăng thêm ICT (ictValueAdded) hoặc doanh thu theo phân ngành (ictSegments)',
  'error.expected.known-column': 'một cột đã biết',
  'error.received.unknown-column': 'một cột không xác định',
  'error.hint.documented-columns': 'xem các cột được mô tả (docs/method.md §2)',
  'error.expected.header-row': 'một dòng tiêu đề ghi tên các cột',
  'error.received.no-locality-column': 'không có cột locality',
  'error.hint.header-first': 'dòng đầu tiên phải ghi tên các cột',
  'error.expected.national-share-above':
    'một tỷ trọng cả nước lớn hơn tổng tỷ trọng lõi và nền tảng cả nước ({value})',
  'error.hint.national-sectoral':
    'tỷ trọng số hóa ngành cả nước S_n − C_n − P_n phải dương: kiểm tra các giá trị ghi đè',
  'error.expected.locality-rows': 'một danh sách các đối tượng địa phương-năm',
  'cli.write-error':
    'digital-economy-share: không ghi được kết quả ({reason}); hãy kiểm tra dung lượng đĩa còn trống và nơi nhận kết quả',
  'error.internal':
    'lỗi nội bộ: {why}; đây là lỗi của chương trình, vui lòng báo lỗi kèm dữ liệu đầu vào',
  'error.expected.options': 'các tùy chọn trong số {options}, mỗi tùy chọn có một giá trị',
  'error.expected.a-value': 'một giá trị',
  'error.received.missing-option': 'không có gì (thiếu tùy chọn)',
  'error.expected.input-file': 'đường dẫn tới một tệp JSON đầu vào',
  'error.received.nothing': 'không có gì',
  'error.expected.one-file': 'một tệp đầu vào',
  'error.received.paths': '{count} đường dẫn',
  'error.hint.use-batch': 'dùng lệnh batch cho nhiều địa phương',
  'error.expected.readable-table': 'một tệp CSV hoặc JSON đọc được',
  'error.expected.readable-json': 'một tệp JSON đọc được',
  'error.received.unreadable': 'một đường dẫn không đọc được ({reason})',
  'error.hint.check-path': 'kiểm tra đường dẫn và tên tệp',
  'error.expected.valid-json': 'JSON hợp lệ',
  'error.received.empty-file': 'một tệp rỗng',
  'error.received.invalid-json': 'văn bản không phải JSON hợp lệ ({detail})',
  'error.received.invalid-json-at':
    'văn bản không phải JSON hợp lệ tại dòng {line}, cột {column} ({detail})',
  'error.hint.json-syntax':
    'kiểm tra dấu phẩy, dấu ngoặc kép và dấu ngoặc; số được viết không có dấu phân cách hàng nghìn',
  'error.expected.svg-name': 'một tên tệp kết thúc bằng .svg',
  'error.hint.write-as': 'hãy viết là {name}',
  'error.expected.writable': 'một đường dẫn có thể ghi tệp',
  'error.received.unwritable': 'một đường dẫn không ghi được ({reason})',
  'error.received.path-reason': '{path} ({reason})',
  'error.hint.folder-exists': 'kiểm tra thư mục có tồn tại không',
  'error.expected.new-file': 'một tệp chưa tồn tại',
  'error.received.existing-file': 'một tệp đã tồn tại',
  'error.hint.force': 'chọn tên khác, hoặc thêm --force để ghi đè',
  'error.expected.locality-list': 'một danh sách JSON các đối tượng địa phương-năm',
  'error.expected.some-rows': 'ít nhất một dòng địa phương-năm',
  'error.received.no-rows': 'một bảng không có dòng nào',
  'error.hint.add-rows':
    'thêm mỗi địa phương-năm một dòng dưới dòng tiêu đề (có đúng tệp hoặc trang tính không?)',
  'error.hint.decimal-comma': 'hãy viết phần thập phân sau dấu chấm: {value}',
  'error.hint.use-estimate': 'với một địa phương, dùng lệnh estimate',
  'error.expected.no-file-validate': 'không có tệp: validate dùng tệp data/validation.json đi kèm',
  'error.expected.map-year': '2025, bản đồ 34 tỉnh, thành phố từ ngày 1/7/2025',
  'error.expected.two-files': 'từ hai tệp đầu vào trở lên',
  'error.expected.no-file': 'không có tham số tệp',
  'error.expected.current-province': 'một trong 34 tỉnh, thành phố từ ngày 1/7/2025',
  'error.received.merged-province': '{name}, đã hợp nhất vào {into} từ ngày 1/7/2025',
  'error.expected.rows-of': 'các dòng của những tỉnh cũ hợp thành {province} ({parts})',
  'error.expected.one-year': 'một năm',
  'error.received.years': 'các dòng của nhiều năm ({years})',
  'error.hint.give-year': 'chọn năm bằng --year',
  'error.hint.into-new': 'hợp nhất vào {into}, tỉnh mà nó đã sáp nhập vào',
  'error.received.no-part-rows': 'một bảng không có dòng nào của các tỉnh đó (cho năm này)',
  'error.expected.target-high': 'mức cao không thấp hơn mức thấp {low}',
  'error.hint.target-order':
    'một mục tiêu dạng khoảng được viết { "low": 0.35, "high": 0.4 }, mức thấp trước',
  'error.expected.xlsx': 'một tệp Excel (.xlsx)',
  'error.received.not-xlsx': 'một tệp không đọc được như vậy ({reason})',
  'error.hint.save-as-xlsx': 'lưu lại từ Excel dưới dạng “Excel Workbook (*.xlsx)” hoặc CSV UTF-8',
  'error.expected.xlsx-out': 'một tệp để ghi bảng tính',
  'error.hint.xlsx-out': 'tệp .xlsx không phải văn bản: thêm --out results.xlsx',
  'error.expected.one-row': 'một dòng (một địa phương-năm)',
  'error.received.rows': '{count} dòng',
  'error.expected.former-province':
    'một tỉnh, thành phố có trong data/localities.json (63 đơn vị trước ngày 1/7/2025 hoặc 34 đơn vị từ ngày đó)',
  'error.received.unknown-province': '“{name}”, không thuộc danh sách đó',
  'error.hint.province-name':
    'viết tên như trong danh sách (ví dụ “Quảng Nam” hoặc “Bà Rịa – Vũng Tàu”)',
  'error.expected.one-row-per-part': 'mỗi tỉnh cũ một dòng cho mỗi năm, khung đo lường và đơn vị',
  'error.received.repeated-part': '{name} ở các dòng {rows}',
  'error.expected.every-part': 'đủ các tỉnh cũ hợp thành {province} ({parts})',
  'error.received.missing-parts': 'một bảng thiếu {missing}',
  'error.hint.add-parts':
    'thêm các dòng còn thiếu cùng năm, khung đo lường và đơn vị, hoặc bỏ tùy chọn bản đồ để ước tính các tỉnh cũ như trước',
  'error.expected.no-argument': 'không có đối số',

  'punctuation.label': '{label}: {text}',
  'punctuation.list': '; ',
};
